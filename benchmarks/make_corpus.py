"""Write N synthetic saved pages shaped like seeds/ (furniture included), deterministically.

    python benchmarks/make_corpus.py OUT_DIR [--pages 10000] [--seed 7]

Pages imitate the two seed layouts: NetEase-style (breadcrumb, headline, "0",
"分享至", body, 特别声明/Notice footer, related and hot lists with their own
timestamps, author card with the publication time, menus) and a plain page
ending in an 更新时间 line. Bodies mix dated sentences (full, partial, relative,
ranges, open ranges, English) with undated ones, durations and quantities that
are not dates, and name varied countries. The same seed always writes the same
bytes. About 10 dated events per page on average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

COUNTRIES = ["中国", "美国", "日本", "韩国", "越南", "澳大利亚", "印度", "俄罗斯", "德国", "法国",
             "英国", "加拿大", "巴西", "印度尼西亚", "刚果(金)", "缅甸", "马来西亚", "哈萨克斯坦"]
SHORT = ["中方", "美方", "日方", "华盛顿", "东京", "北京", "首尔", "对华", "日媒", "美媒"]
ACTIONS = ["宣布对{x}实施出口管制", "签署了关键矿产合作协议", "举行了稀土供应链部长级会议",
           "发布了新的出口许可制度", "通过修订后的矿产法", "外交部发言人就稀土问题作出回应",
           "公布了稀土开采总量控制指标", "宣布暂停部分反制措施", "启动了战略储备计划",
           "与{c2}达成稀土加工合作备忘录", "向世贸组织提起诉讼"]
ITEMS = ["镓", "锗", "石墨", "锑", "中重稀土", "稀土永磁体", "稀土开采技术", "锂电池材料"]
FILLER = ["稀土是高端制造的核心原料,产业链的完整程度决定了成本优势。",
          "分析人士指出,冶炼分离环节的技术积累需要数十年时间。",
          "业内人士认为,短期内供应链格局难以根本改变。",
          "全球90%以上的稀土加工产能集中在少数国家,年产2000多万吨的说法并不准确。",
          "新建项目往往需要十年以上才能投产,环保审批持续两周到三个月不等。",
          "在全球化深入发展的今天,任何割裂产业链的做法都代价高昂。",
          "专家表示,价格下限机制的可持续性仍有待观察,约1000吨的储备只能维持18个月。"]
HOT = ["误诊20天错过治疗!男子临终告别", "正式官宣!下课主帅确定", "去日本航班取消,机票还很好买",
       "茅台价格全线上涨", "高速刹车失灵时速115狂奔490公里", "2025年国家杰青最新名单",
       "女子花1.8万挑战独处100小时", "新F4演唱会上的人夫感", "文物行业从业者的三点猜想"]
ENGLISH = ["On {md}, officials in Washington said export licences would be reviewed.",
           "The agreement, signed in {my}, covers {x} and other critical minerals.",
           "Since {y}, shipments to Japan have fallen sharply, traders said."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _date(rng: random.Random) -> dt.date:
    start = dt.date(2001, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(2026, 11, 30).toordinal()))


def _when(rng: random.Random, d: dt.date, pub: dt.date) -> str:
    kind = rng.random()
    if kind < 0.30:
        return f"{d.year}年{d.month}月{d.day}日"
    if kind < 0.45 and (pub - d).days in range(300):
        return f"{d.month}月{d.day}日"
    if kind < 0.55:
        return f"{d.year}年{d.month}月"
    if kind < 0.65:
        return f"{d.year}年"
    if kind < 0.70:
        return f"{d.year}年起"
    if kind < 0.75:
        return f"{d.year}年至{min(d.year + rng.randint(1, 3), 2030)}年"
    if kind < 0.80:
        return rng.choice(["去年", "今年", "今年上半年", "去年底", "上月", "本月初"])
    if kind < 0.85:
        return f"{d.isoformat()}"
    return f"{d.year}年{d.month}月{d.day}日"


def _sentence(rng: random.Random, pub: dt.date) -> str:
    who = rng.choice(COUNTRIES + SHORT)
    action = rng.choice(ACTIONS).format(x=rng.choice(ITEMS), c2=rng.choice(COUNTRIES))
    d = _date(rng) if rng.random() < 0.6 else pub - dt.timedelta(days=rng.randint(0, 400))
    return f"{_when(rng, d, pub)},{who}{action}。"


def _english(rng: random.Random, pub: dt.date) -> str:
    d = _date(rng)
    return rng.choice(ENGLISH).format(md=f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
                                      my=f"{MONTHS_EN[d.month - 1]} {d.year}", y=d.year,
                                      x=rng.choice(["gallium", "germanium", "graphite"]))


def _stamp(rng: random.Random, pub: dt.date) -> str:
    t = pub - dt.timedelta(days=rng.randint(0, 3))
    return f"{t.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def page(rng: random.Random, n: int) -> str:
    pub = dt.date(2026, 11, 30) - dt.timedelta(days=rng.randint(0, 3000))
    title = f"{rng.choice(COUNTRIES)}{rng.choice(ACTIONS).format(x=rng.choice(ITEMS), c2=rng.choice(COUNTRIES))[:18]},稀土博弈再起波澜"
    body = []
    for _ in range(rng.randint(8, 40)):
        r = rng.random()
        if r < 0.45:
            body.append(_sentence(rng, pub) + rng.choice(FILLER))
        elif r < 0.55:
            body.append(_english(rng, pub))
        else:
            body.append("".join(rng.choice(FILLER) for _ in range(rng.randint(1, 4))))
    if rng.random() < 0.25:  # the plain layout of 002
        lines = [*body, f"更新时间:{pub.isoformat()}", "本站资料均由网友自行发布提供,仅用于学习交流。",
                 "© CopyRight 2020 All Rights Reserved. 闽ICP备11008920号"]
        return "\n".join(lines) + "\n"
    lines = ["网易首页 > 网易号 > 正文 申请入驻", "", title, "", "0", "分享至", ""]
    for para in body:
        lines += [para, ""]
    lines += ["特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。",
              "", ("Notice: The content above (including the pictures and videos if any) is uploaded and "
              "posted by a user of NetEase Hao, which is a social media platform and only provides "
              "information storage services."), "", "相关推荐", "热点推荐"]
    for _ in range(rng.randint(10, 24)):
        h = rng.choice(HOT)
        lines += [h, "", h, "", rng.choice(["懂球帝", "上观新闻", "财联社", "极目新闻"]), _stamp(rng, pub)]
    author = rng.choice(["生活新鲜市", "标体", "吕甒极限手工", "午夜搭车a"])
    lines += [f"{pub.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00", author, author,
              f"{rng.randint(10, 9000)}文章数 {rng.randint(10, 90000)}关注度", "往期回顾 全部", "",
              "头条要闻", "", "无障碍浏览 进入关怀版"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(args.pages):
        text = page(rng, n)
        sub = args.out / f"{n // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"page_{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    print(f"wrote {args.pages} pages, {total} characters, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
