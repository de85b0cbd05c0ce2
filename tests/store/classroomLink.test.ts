// A teacher's link: `&hide=` names what students will not see, validated (an unknown name
// is ignored with a warning), `&present` or `?present=1` opens presentation mode, and
// `&embed=race` embeds one view in a course page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classroomParts, readEmbed, readHidden, readPresent } from '../../src/store/classroomLink';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('classroom links', () => {
  it('read what a teacher hides, in a fixed order', () => {
    expect(readHidden('#z=abc&hide=network,data')).toEqual(['data', 'network']);
    expect(readHidden('#z=abc&hide=race&hide=training')).toEqual(['training', 'race']);
    expect(readHidden('#z=abc')).toEqual([]);
    expect(readHidden('')).toEqual([]);
    expect(readHidden('#hide=')).toEqual([]);
  });

  it('ignore names the page does not know, with a console warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readHidden('#z=abc&hide=data,everything,__proto__')).toEqual(['data']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/everything, __proto__/);
  });

  it('read presentation mode from the hash or the query', () => {
    expect(readPresent('#z=abc&present', '')).toBe(true);
    expect(readPresent('', '?present=1')).toBe(true);
    expect(readPresent('', '?present')).toBe(true);
    expect(readPresent('', '?present=0')).toBe(false);
    expect(readPresent('#z=abc&hide=data', '')).toBe(false);
  });

  it('write the parts that follow the experiment', () => {
    expect(classroomParts({ hidden: [], present: false })).toEqual([]);
    expect(classroomParts({ hidden: ['race', 'data'], present: true })).toEqual([
      ['hide', 'data,race'],
      ['present', ''],
    ]);
  });

  it('read the view an embed link shows: the playground when it names none it can', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readEmbed('#z=abc&hide=data')).toBeNull();
    expect(readEmbed('#z=abc&embed=race')).toBe('race');
    expect(readEmbed('#z=abc&embed')).toBe('playground');
    expect(warn).not.toHaveBeenCalled();
    // The list of lessons needs the whole page; a name the page does not know is warned of.
    expect(readEmbed('#z=abc&embed=lessons')).toBe('playground');
    expect(readEmbed('#z=abc&embed=everything')).toBe('playground');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1][0]).toMatch(/everything/);
  });

  it('write the embed part last', () => {
    expect(classroomParts({ hidden: ['network'], present: false, embed: 'search' })).toEqual([
      ['hide', 'network'],
      ['embed', 'search'],
    ]);
  });
});
