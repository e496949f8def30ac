import { describe, expect, it } from 'vitest';
import {
  evaluateImage,
  parseImglabXml,
  precisionOf,
  recallOf,
} from '../../../../../../main/engine/privacy/detect/evaluate';

const xml = `<?xml version='1.0'?><dataset><images>
  <image file='a.jpg' width='500' height='375'>
    <box top='10' left='20' width='50' height='50'/>
    <box top='100' left='200' width='30' height='30'/>
    <box top='300' left='300' width='60' height='60' ignore='1'/>
  </image>
</images></dataset>`;

describe('detector evaluation', () => {
  it('reads imglab XML boxes (left/top/width/height), skipping ignored ones', () => {
    expect(parseImglabXml(xml)).toEqual([
      {
        file: 'a.jpg',
        width: 500,
        height: 375,
        faces: [
          { x: 20, y: 10, width: 50, height: 50 },
          { x: 200, y: 100, width: 30, height: 30 },
        ],
      },
    ]);
    expect(() => parseImglabXml('<dataset/>', 'x.xml')).toThrow(/x.xml: no <image>/);
    expect(() => parseImglabXml("<image file='a' width='w' height='1'></image>")).toThrow(
      /not a number/,
    );
  });

  it('counts found faces at IoU >= 0.3, ignores detections on small faces', () => {
    const [image] = parseImglabXml(xml);
    const counts = evaluateImage(
      image?.faces ?? [],
      [
        { box: { x: 25, y: 15, width: 50, height: 50 }, score: 0.9 },
        { box: { x: 200, y: 100, width: 30, height: 30 }, score: 0.5 },
        { box: { x: 400, y: 10, width: 40, height: 40 }, score: 0.4 },
      ],
      { minIou: 0.3, minFaceHeight: 40 },
    );
    expect(counts).toEqual({ faces: 1, found: 1, detections: 2, falsePositives: 1 });
    expect(recallOf(counts)).toBe(1);
    expect(precisionOf(counts)).toBe(0.5);
  });
});
