"""The wording of the notes an eligibility verdict adds on what it read (bot/core/wording.py holds the rest): the age
of a certificate, years of another job before social work, a major the rules do not name."""

from __future__ import annotations

# A certificate held for some years (中级拿证4年了), with no years of social work said: the verdict asks for them.
HELD_NOT_WORK = "取得证书以来的{held}年是持证的时间，不是从事社会工作的年限，没有当作工作年限算。"
# A certificate of no level said, held for fewer years than a rule counts after the one it requires (拿证4年了).
HELD_UNNAMED = (
    "{person}没说是哪一级的证书：没有{certificate}证书不能直接报考；如果是{certificate}证书，这{total}年从取得证书后"
    "算起，取得证书到今年年底满{held}年，不满{total}年，也暂不能报考"
)
# Years of another job said before social work started (做了10年会计，后来做社工2年): never counted; `job`: BEFORE_JOB
# or empty.
BEFORE_NOT_COUNTED = "{person}开始做社工之前的{years}年{job}不是从事社会工作的年限，没有算进去。"
BEFORE_JOB = "（{job}）"
# A major taken for kin of social work (心理学, 社会学), where the major decides the verdict: no source names it.
RELATED_MAJOR = (
    "2006年规定只分社会工作专业和其他专业，没有列出{major}等专业，这里按其他专业判断；哪些专业算社会工作的相关专业、"
    "能否按社会工作专业报考，以当年报考通知为准。"
)
