"""Pinyin of Chinese text, for typing ``shanghai`` or ``sh`` to find 上海.

Matching rule (the search index implements it; ``matches`` is its plain-Python statement):
a word of two or more ASCII letters matches a Chinese text when, starting at any character of a run of Han
characters, either

* the run's toneless pinyin starts with the word, read syllable by syllable: the word is whole
  syllables followed by the beginning of one more (``shanghai``, ``shangh``, ``hai``, ``yehui``);
* or the word is the initials of consecutive characters (``sh`` for 上海, ``yh`` for 叶辉).

Heteronyms take pypinyin's common reading (its phrase dictionary makes 重庆 ``chongqing`` and
银行 ``yinhang``); ü is written ``v`` (吕 ``lv``). A character without a reading ends a run.

``pypinyin`` costs ~350 ms to import, so only writing a document imports it (``syllables``),
never parsing a filter: queries use the syllable table below. Conversions are cached, since the
same cities, companies and names repeat across thousands of leads.
"""
from __future__ import annotations

from functools import lru_cache

# Every toneless syllable pypinyin 0.55 writes (ASCII only; tests check it stays complete).
SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca
cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu
chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de
dei den deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa
fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai
guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan
huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang
kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len
leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai man
mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei
nen neng ng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai
pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin
qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa
sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei
teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo
yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei
zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui
zun zuo
""".split())
_PREFIXES = frozenset(s[:i] for s in SYLLABLES for i in range(1, len(s) + 1))
_LONGEST = max(map(len, SYLLABLES))
MAX_READINGS = 32  # a word splits into at most this many syllable sequences (see readings)

_HAN_RANGES = (
    (0x3007, 0x3007),  # 〇
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x3134F),  # Extensions B-G
)


def is_han(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _HAN_RANGES)


def han_runs(text: str) -> list[str]:
    """The maximal runs of Han characters in ``text``."""
    runs, current = [], []
    for ch in text:
        if is_han(ch):
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


@lru_cache(maxsize=1 << 16)
def syllables(run: str) -> tuple[str, ...]:
    """One toneless syllable per character of a Han run ('' for a character without one)."""
    from pypinyin import Style, lazy_pinyin  # lazy: ~350 ms

    def none(chars):
        return [""] * len(chars)

    result = lazy_pinyin(run, style=Style.NORMAL, errors=none)
    if len(result) != len(run):  # a chunk not split per character: convert one by one
        result = [(lazy_pinyin(ch, style=Style.NORMAL, errors=none) or [""])[0] for ch in run]
    return tuple(s if s.isascii() and s.isalpha() else "" for s in result)


@lru_cache(maxsize=1 << 16)
def readings(text: str) -> tuple[tuple[str, ...], ...]:
    """The syllable sequences of ``text``: one per run of Han characters that have a reading."""
    out = []
    for run in han_runs(text):
        current: list[str] = []
        for s in syllables(run):
            if s:
                current.append(s)
            elif current:
                out.append(tuple(current))
                current = []
        if current:
            out.append(tuple(current))
    return tuple(out)


def is_pinyin_word(word: str) -> bool:
    """Looked up by pinyin: ASCII letters, at least two (one letter would match most leads)."""
    return len(word) >= 2 and word.isascii() and word.isalpha()


@lru_cache(maxsize=4096)
def splits(word: str) -> tuple[tuple[str, ...], ...]:
    """The ways to read ``word`` as whole syllables then the start of one more.

    ``xian`` -> ``(('xian',), ('xi', 'an'), ('xia', 'n'))``. At most ``MAX_READINGS``.
    """
    word = word.lower()
    out: list[tuple[str, ...]] = []

    def walk(start: int, parts: tuple[str, ...]) -> None:
        if len(out) >= MAX_READINGS:
            return
        if word[start:] in _PREFIXES:
            out.append(parts + (word[start:],))
        for end in range(start + 1, min(len(word) - 1, start + _LONGEST) + 1):
            if word[start:end] in SYLLABLES:
                walk(end, parts + (word[start:end],))

    if is_pinyin_word(word):
        walk(0, ())
    return tuple(out)


def matches(word: str, text: str) -> bool:
    """The matching rule of the module docstring, by brute force (for tests and references)."""
    word = word.lower()
    if not is_pinyin_word(word):
        return False
    for sequence in readings(text):
        for start in range(len(sequence)):
            rest = sequence[start:]
            if "".join(s[0] for s in rest).startswith(word):
                return True
            full = ""
            for s in rest:
                if word.startswith(full) and s.startswith(word[len(full):]):
                    return True  # whole syllables so far, then the start of this one
                full += s
                if not word.startswith(full):
                    break
    return False
