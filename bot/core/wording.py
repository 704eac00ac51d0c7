"""Everything the bot says to people, in one place: replies, button labels, hints, command descriptions.

Only the answers themselves come from `knowledge/`. Texts are Simplified Chinese; a reply to a question in
Traditional characters is converted as a whole (`bot.core.replies.to_traditional_reply`).
"""

from __future__ import annotations

from bot.core.policy import MAX_QUESTION_CHARS

OFFICIAL_EXAM_SITE = "中国人事考试网（www.cpta.com.cn）"
TOPICS_COMMAND = "/topics"
WHAT_I_ANSWER = "我能回答：社工是什么、社工考试和证书、考证奖励、社工薪酬与职业发展，以及北京、浙江的社工数据。"

# Answers and what surrounds them
FOOTER = "📅 数据时间：{as_of}\n📰 来源：{citation}"
PART = "【{question}】\n{answer}"  # an answer titled with its question: a part, or an answer the bot is less sure of
SUGGESTIONS = "您是不是想问："
ALTERNATIVE = "或者您想问：{question}"  # a button beside an answer the bot is less sure of
PARTS_LEFT = "（{rest}：这里没有找到能回答的资料，可以换个说法单独再问。）"  # a part of several no entry answers
PARTS_NEAR = "（{rest}：这里没有直接的回答，相关的回答在下面的按钮里。）"  # entries too close or too far to answer
PARTS_UNCOVERED = "（{rest}：本助手没有核实过的资料。）"  # a place (level) of several that no entry has facts on
PARTS_LATER = "（一次最多回答3个问题；“{rest}”请单独再问一次。）"  # the parts beyond those one reply answers
ONE_CLAUSE = "（下面回答的是“{answered}”；“{rest}”这里没有回答，请换个说法单独再问。）"  # one part of several
# Before the answer to a question that puts something forward to be confirmed (…对吗, 听说…, true?, …还是…)
# a figure the answer does not state; `said`: what the sources say of it (；SAID_OF_ANOTHER each), or nothing
NOT_THE_AMOUNT = "（资料里的数字不是{amounts}{said}，以下面为准。）"
THE_AMOUNT = "（资料里的数字正是{amounts}，见下面。）"  # every figure put forward is the answer's
THE_AMOUNT_NOT_ALL = "（资料里的数字正是{amounts}；是不是{all}，资料没有写，以下面为准。）"  # 960家都是民办的吗
ROUNDED = "（资料里的数字是{found}，约{amounts}，见下面。）"  # 8万人 of 7.96万人: the figure rounded
WITHIN_THE_RANGE = "（资料里的数字是一个范围，{amounts}在其中，见下面。）"  # 三千 of 三四千: not the figure, nor wrong
THAN_HOLDS = "（是，资料里的数字是{found}，{than}{figure}，见下面。）"  # 全国报考人数超过80万了吗: 89万
THAN_FAILS = "（不是，资料里的数字是{found}，没有{than}{figure}，以下面为准。）"
MORE_THAN, LESS_THAN = "超过", "少于"
NEAR_THE_AMOUNT = "（资料里的数字和{amounts}相近，见下面。）"  # a figure said as about one (将近8万) the answer has
THE_AMOUNT_OF = "（资料里的{amounts}是{levels}的，见下面。）"  # the answer's for a level, though none was asked
NOT_THE_PERIOD = "（资料里的数字是{amounts}，但不是{period}的，见下面。）"  # the figure, given for another period
PERIOD_SAID = "（资料里的数字是{amounts}，但说的是{said}的，不是{period}的，见下面。）"  # its period named (每个月)
PERIOD_UNSAID = "（资料里的数字是{amounts}；是不是{period}的，资料没有写，见下面。）"  # the figure, given for no period
PERIOD_NOT_WRITTEN = "（是不是{period}的，资料没有写。）"  # asked of a sum with no figure (台州奖励是一次性的吗)
PERIODS_NOT_WRITTEN = (
    "（是{periods}，资料没有写。）"  # two asked between (是一次性发还是每年都发): `periods`, 一次性还是每年
)
# the figure, of another year than the one asked, and that none is of that year (in place of OTHER_YEAR)
NOT_OF_THE_YEAR = (
    "（资料里的{amounts}不是{year}的数字；本助手的资料里没有{year}的，下面是资料里有的，时间见文末“数据时间”。）"
)
SAID_IN = (
    "（资料里的{figure}说的是：“{clause}”，见【{question}】。）"  # a figure put forward where nothing answers as asked
)
SAID_OF_ANOTHER = "资料里的{figure}说的是另一件事：“{clause}”"  # a figure the sources give for something else
IN_A_NOTE = "（{said}。）"  # a note of its own before an answer
ON_THE_OTHER_SIDE = (
    "（资料里的{figure}说的是：“{clause}”，前后不同，以下面为准。）"  # 到期后3个月 put forward, 满前3个月 stated
)
NOT_THE_TITLE = "（下面的答案里没有《{title}》；资料里它属于“{question}”。）"  # a subject (document) of another entry
THE_TITLE = "（资料里有《{title}》，见下面。）"
SAID_NOT = "（资料里说的是“{said}”，不是{period}的，见下面。）"  # 宁波奖励一年多少: the period the answer says
CHOSEN = "（资料里说的是“{said}”。）"  # of two put forward (一次性还是每年), the one the answer says
OTHER_YEAR = "（本助手的资料里没有{year}的；下面是资料里有的，时间见文末“数据时间”。）"
# before the rewards of each level or place, to a question asking them in total (宁波考到高级一共能拿多少, 两边都能拿吗)
REWARDS_NOT_ADDED = (
    "（资料只给出每个地方、每个等级各自的奖励标准，没有说几个等级或两地的奖励能不能累加、一起拿、一共能拿多少；"
    "请向当地民政部门核实。）"
)
# before the rewards of two places, to a question asking which is more (宁波和台州哪个奖励多, 宁波初级比台州多多少), or
# of two levels in one place (宁波高级比中级多多少): each level's (or place's) sums compared, SUM_MORE (with SUM_SHARES
# when a share is asked: 多几成, 是…的几倍), SUM_SAME or SUM_ONLY, parted by SUMS_APART
SUMS_COMPARED = "（按下面的标准比较：{lines}。）"
SUMS_APART = "；"
SUM_MORE = "{level}{a}{x}元、{b}{y}元，{more}多{difference}元"
SUM_SAME = "{level}{a}、{b}一样，都是{amount}元"
SUM_ONLY = "{level}只有{place}有标准（{amount}元）"
SUM_SHARES = (
    "，按这两个数算，{more}比{less}多{up}，{less}比{more}少{down}，{more}是{less}的{times}倍，{less}是{more}的{part}"
)
ABOUT_PERCENT = "约{percent}%"
# Opening an answer on a level's rules to a question whether another level must be held first (高级是不是要先考中级):
# the yes or no of the eligibility rules (turned round for one asking to sit it without: 没有中级证能考高级吗); to one
# asking to sit both at once (可以同时报中级和高级吗), TOGETHER
HELD_FIRST_ALWAYS = "{answer}按{name}，报考{level}要先取得{held}资格，之后再从事社会工作满{years}年。"
HELD_FIRST_SOMETIMES = (
    "不一定：按{name}，只有{educations}学历的人要先取得{held}证书，其他人符合学历和工作年限就能直接报考{level}。"
)
HELD_FIRST_NEVER = "{answer}按{name}，报考{level}的条件里没有要求先取得{held}证书。"
HELD_FIRST_INSTEAD = (
    "，但要先取得{instead}资格，之后再从事社会工作满{years}年。"  # 不考初级能考高级吗: the level it does need
)
HELD_FIRST_YES, HELD_FIRST_NO = "是的：", "不是："  # 要先考中级吗 (a question asking neither gets no yes or no)
SKIPPING_NO, SKIPPING_YES = "不能：", "可以："  # 没有中级证能考高级吗
HELD_FIRST_TOGETHER = (
    "（按{name}，报考{level}要先取得{held}资格，之后再从事社会工作满{years}年：还没有{held}资格的，"
    "不能同时报考{level}。）"
)
ABOUT_TIMES = "约{times}"  # a share of a whole not in whole tenths (约3.3倍)
ASKED_ELSEWHERE = "关于{places}："  # before an answer about other places than those with entries, naming those asked
ASKED_INSIDE = "（{place}属于{region}，下面是{region}的资料。）"  # before the facts of the place a place asked lies in
# A turn asking about the answer just given (出处呢, 哪年的, 谁说的, 详细点): `titles` its questions, each ABOUT_TITLE;
# `said_in` ABOUT_ANSWERED, or for a figure asked of outside the chat's thread (7.96万是哪年的), ABOUT_STATING
ABOUT_TITLE = "【{question}】"
ABOUT_ANSWERED = "刚才回答的{titles}"
ABOUT_STATING = "“{figures}”所在的回答{titles}"
ABOUT_SOURCE = "{said_in}出自：\n{footer}"
ABOUT_TRUE = "是，资料里就是这样写的。"  # before ABOUT_SOURCE, to a turn asking if the answer is true (是真的吗)
ABOUT_MEANING = "{said_in}里是这样说的：{lines}。\n\n{footer}"  # what figures a turn names stand for
ABOUT_DATE = "{said_in}，数据时间是：{dates}。之后可能有变化，以最新的官方发布为准。\n\n{footer}"
ABOUT_HAPPENED = "{said_in}里说：{said}数据时间是：{dates}。\n\n{footer}"  # the year it tells of
ABOUT_SINCE = "{said_in}里说：{said}\n\n{footer}"
ABOUT_NO_SINCE = "{said_in}没有写“从哪年起”；回答的数据时间和出处是：\n{footer}"
ABOUT_SPEAKERS = "{said_in}里，回答写明是谁说的：{who}。出自：\n{footer}"
ABOUT_REPORTED = "{said_in}没有写是哪个人说的，写的是据{who}。出自：\n{footer}"
ABOUT_NO_SPEAKER = "{said_in}没有写是哪个人说的；回答出自：\n{footer}"
ABOUT_RULES = "刚才的判断依据的规定，时间和出处是：\n{footer}"
ABOUT_NOTHING_CITED = (
    "上一条回复没有给出资料里的数字或说法，所以没有可以注明的出处、数据时间或说话人。"
    "直接发问题给我，答案都会注明来源和数据时间。"
)
ABOUT_MORE = "关于{titles}，资料里有的都在刚才的回答里了；相关的问题在下面，点一下就能看："
ABOUT_NOTHING_MORE = (
    f"关于{{titles}}，资料里有的都在刚才的回答里了，没有更多可以补充的。发送 {TOPICS_COMMAND} 可以浏览全部问题。"
)
NONE_OF_THESE = "都不是"
HELPFUL = "👍 有帮助"
UNHELPFUL = "👎 没帮助"
THANKS_HELPFUL = "谢谢你的反馈！"
THANKS_UNHELPFUL = "谢谢反馈，我们会改进这个答案。"
DECLINE = (  # `asked`: THIS_QUESTION, or ASKED naming the question
    "抱歉，{asked}我没有可靠的资料，不想给你猜测的答案。\n"
    f"{WHAT_I_ANSWER}\n"
    f"发送 {TOPICS_COMMAND} 浏览全部问题；考试报名、时间、费用等以{OFFICIAL_EXAM_SITE}的当年通知为准，"
    "证书登记和继续教育以本省民政部门的规定为准。"
)
THIS_QUESTION = "这个问题"
ASKED = "关于“{question}”，"
ASKED_CHARS = 24  # a longer question is named by its start and …
UNCOVERED = (  # `what`: the place, level and measure asked about, e.g. 上海的报考人数; `who`: who decides
    "关于{what}，本助手没有核实过的资料，不作回答，以免给你不准确的信息。\n请向{who}核实。"
)
# after it, for a sum asked of a level in a place whose sources give only other levels' sums (台州高级奖励多少)
LEVELS_NOT_GIVEN = "资料没有提到{place}{levels}的奖励标准，下面只有资料给出的等级；{levels}的请向当地民政部门核实。"
LEVELS_GIVEN = "资料里{place}只给出这些等级的标准：{sums}；没有提到{levels}的。"
LEVEL_SUM = "{level}{amount}元"
# Who decides, unless `who_decides` in synonyms.yaml names someone for the place, subject or measure asked about.
WHO_DECIDES = "当地民政部门、人社部门（考试以中国人事考试网的当年通知为准）或用人单位"
GROUP_DECLINE = f"这个问题我没有可靠的资料。{WHAT_I_ANSWER}发送 {TOPICS_COMMAND} 浏览全部问题。"  # in a group, instead
SITUATION = "情况"  # what was asked about, when the question names no measure
ABOUT_PLACES = "{places}的资料：{question}"  # an entry offered instead, labelled with the places it is about
CHECK_HINT = "（按你说的情况判断；发送 /check 可一步步自测。）"
BROWSE_TOPICS = "浏览全部话题"
TOO_LONG = (
    f"你的问题有点长（超过{MAX_QUESTION_CHARS}字）。请用一两句话提问，例如：社工证怎么考？"
    f"或发送 {TOPICS_COMMAND} 浏览全部问题。"
)
SLOW_DOWN = "你问得有点快，请稍等一分钟再问。"

# Browsing
CHOOSE_TOPIC = "请选择话题："
PREVIOUS_PAGE = "⬅️ 上一页"
NEXT_PAGE = "下一页 ➡️"
ALL_TOPICS = "↩️ 全部话题"
TOPIC_TITLE = "{title}："
TOPIC_TITLE_PAGED = "{title}（{page}/{pages}）："

# Commands
WELCOME = (
    "你好！我是社工问答助手，回答关于社会工作者（社工）的常见问题：社工是什么、全国社工考试的三个级别和报考条件、"
    "宁波和台州的考证奖励、社工的薪酬和职业发展，以及北京、浙江的社工数据。\n"
    "资料来自2023年的新闻报道和2006、2009、2018年的规定，每个答案都注明来源和数据时间。直接发问题给我，或选一个话题："
)
HELP = (
    "直接用一句话提问，简体、繁体、拼音或英文都可以（回答用中文），例如：\n"
    "· 社工证怎么考\n· 初级社工报考条件\n· 宁波考社工证有奖励吗\n· 北京有多少社工\n\n"
    "命令：\n/topics 按话题浏览全部问题\n/check 报考条件自测，一步步选出你的情况\n"
    "/about 资料来源和数据时间\n/help 本说明\n"
    "/ask 问题 在群里提问（在群里也可以 @我 或回复我的消息）\n\n"
    "在任何聊天的输入框里输入 @机器人用户名 加问题，可以把答案直接发到那个聊天里。"
)
ABOUT = (
    "我的全部资料来自：\n{sources}\n\n"
    "北京的数据截至2023年5月底；浙江和全国的数据为2022—2023年。读到时可能已有变化，"
    f"考试安排以{OFFICIAL_EXAM_SITE}的当年通知为准。资料里没有的内容，我不作回答。"
)
ASK_USAGE = "用法：/ask 你的问题，例如 /ask 社工证怎么考"
# The command menu registered with Telegram, in the order shown.
COMMANDS = (
    ("start", "开始使用，按话题浏览"),
    ("topics", "按话题浏览全部问题"),
    ("check", "报考条件自测：能不能报考、还差几年"),
    ("ask", "提问，例如 /ask 社工证怎么考（群聊里用）"),
    ("help", "怎么提问"),
    ("about", "资料来源和数据时间"),
)

# Eligibility check (报考条件自测): every sentence of the verdict and the /check flow, short enough for a phone
CHECK_INTRO = "报考条件自测：回答几个问题，我按考试规定告诉你能否报考。"
CHECK_RESULT = "自测结果："
CHECK_AGAIN = "🔄 重新自测"
CHECK_UNAVAILABLE = f"报考条件自测暂时不可用，请发送 {TOPICS_COMMAND} 查看各级别的报考条件。"
PROMPT_LEVEL = "你想报考哪个级别？"
PROMPT_EDUCATION = "你的最高学历是？"
# Several degrees (the 2006 rules admit by any one of their items): a button under the education question, ≤ 6 chars.
LABEL_SEVERAL_DEGREES = "有几个学历？"
PROMPT_SEVERAL_DEGREES = (
    "有几个学历的：用其中任何一个学历（和它的专业）符合报考条件，就可以报考；学历高的要求的年限不一定少，"
    "还要看专业。可以每个学历各测一次，以要求最少的为准。请选一个学历："
)
PROMPT_MAJOR = "你学的是社会工作专业吗？"
PROMPT_CERTIFICATE = "你已通过全国考试取得{certificate}证书了吗？"
PROMPT_YEARS = "你从事社会工作满几年了？（算到报名当年年底）"
PROMPT_YEARS_AFTER = "取得{certificate}证书后，你从事社会工作满几年了？（算到报名当年年底）"
LABEL_YES, LABEL_NO = "有", "没有"
LABEL_YEARS, LABEL_YEARS_MORE = "{years}年", "{years}年及以上"
# In the terminal the years are typed, not numbered (5 would read both as 5年 and as the fifth choice, 4年).
CHECK_YEARS_CHOICES = "  {labels}（输入年数，例如 3）"
CHECK_YEARS_AGAIN = "请输入年数（例如 3 或 2.5），或者直接提问："
RULE = "按{regulation}，{who}报考{level}{needs}"
RULE_ALSO = "{who}报考{level}{needs}"  # a further rule of the same regulation, in one sentence
NEEDS_YEARS = "需{after}从事社会工作满{years}年{extra}"
NEEDS_AFTER = "通过全国考试取得{certificate}证书后"
NEEDS_EXTRA = "（社工专业{base}年，其他专业加{extra}年）"
NEEDS_NOTHING = "不要求工作年限"
OR_HIGHER = "及以上"
ELIGIBLE = "可以报考"
YOU = "你"  # whom a verdict addresses ({person}) when the details are the asker's own
# A certificate held for some years (中级拿证4年了), with no years of social work said: the verdict asks for them.
# A certificate held, the education not said (考过初级以后多久能考中级): what the certificate counts for.
HELD_RULE = (
    "按{regulation}，先有{held}证书只是{education}学历报考{level}的条件：取得后从事社会工作满{years}年；"
    "{others}学历报考{level}不需要先有{held}证书，看学历、专业和从事社会工作的年限。"
)
HELD_NOT_WORK = "取得证书{since}的{held}年是持证的时间，不是从事社会工作的年限，没有当作工作年限算。"
HELD_SINCE, HELD_TO = "以来", "到{year_end}"  # in HELD_NOT_WORK: to this year, or to the end of the year sat in
# A certificate of no level said, held for fewer years than a rule counts after the one it requires (拿证4年了).
HELD_UNNAMED = (
    "{person}没说是哪一级的证书：没有{certificate}证书不能直接报考；如果是{certificate}证书，这{total}年从取得证书后"
    "算起，取得证书到{year_end}满{held}年，不满{total}年，也暂不能报考"
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
# A major named that no word lists (老年服务与管理), where the major decides the verdict: read as 其他专业.
UNLISTED_MAJOR = (
    "2006年规定只分社会工作专业和其他专业，这里把{major}专业按其他专业判断；它算不算社会工作专业，以当年报考通知为准。"
)
# A degree said to be taken outside the mainland (香港, 英国): the rules count degrees the state recognises.
# `degree`: DEGREE_FROM; for an asker who says only where they live (我是香港人), DEGREE_IF_FROM.
STUDIED_ABROAD = (
    "2006年规定要求的是国家教育行政部门认可的学历；{degree}认不认可、怎么认定，以当年报考通知和资格审核为准。"
)
# Social work said as a minor (辅修社会工作): the verdict reads the degree's major; no source says which counts.
MINOR = (
    "2006年规定说的是学历的专业，没有说{minor}算不算社会工作专业，这里按主修的专业判断；能否按社会工作专业报考，"
    "以当年报考通知和资格审核为准。"
)
YEARS_RANGE = "{said}按少的{years}年算。"  # years said as two numbers (五六年): the lower is taken
# Several degrees said, a level decided by one that is not the highest (大专社工，专升本会计): which one.
BY_DEGREE = "{person}有几个学历，用其中任何一个符合条件就可以报考；{levels}按对{person}最有利的{degree}学历判断。"
RESIDENTS_ASK = "{place}居民能考社工证吗"  # the question whose entry answers beside a resident's verdict
DEGREE_FROM, DEGREE_IF_FROM = "在{place}取得的学历", "学历如果是在{place}取得的，"
DEGREE_BY = "{route}学历"  # a degree taken besides full-time study (自考学历), for STUDIED_ABROAD
# Schooling the rules do not name (技校, 职高), read as the education it is listed under (`education`: 高中/中专).
UNNAMED_SCHOOLING = (
    "{regulation}写的是{education}，没有写{said}；这里按{education}判断，{said}算不算{education}，以当年报考通知和"
    "资格审核为准。"
)
# After a verdict that one may sit, what the regulation asks of every candidate besides (the 2018 senior rules).
EVERYONE = "{regulation}还要求报考者{everyone}。"
ENOUGH = "{person}已满{years}，可以报考"  # `years`: as said (一年半) or 3年
# `said`: the years as said (3年, 两年半); `gap`: the years short (2年, or 不到1年 for years said with a part of one).
SHORT = "{person}做了{said}，还差{gap}"
SHORT_NONE = "{person}还没有社会工作年限，还差{gap}"  # no years at all (没工作过, 应届)
GAP, GAP_PART = "{gap}年", "不到{gap}年"
GAP_MONTHS = "{months}个月"  # the years said to the month (1年10个月), less than a year short
# Years typed to /check with a part of a year, as the verdict repeats them: to the month (两年半), or not said (两年多).
YEARS_MONTHS, YEARS_MORE = "{years}年{months}个月", "{years}年多"
# … said close to their number (快3年) or roughly (差不多5年, 五年左右), as repeated (`years`: that number).
YEARS_NEARLY, YEARS_ABOUT = "快{years}年", "约{years}年"
# After years said with a part of a year (两年半): the source counts the years to the end of the registration year.
YEAR_END = "；年限算到报名当年年底，到那时满{total}年就够"
YEAR_END_ANY = "；年限算到报名当年年底，到那时满了就够"
# … when more than a year is missing (做了半年, for 2 years): the end of the year does not bridge it.
YEAR_END_FAR = "；年限算到报名当年年底，今年报名的话，到年底也满不了{total}年，暂不能报考"
# Years said short of their number (不到2年, 快2年, 下个月就满2年): `said`, as said; `reached`, the number said.
SHORT_BELOW = "{person}说的是{said}，还不满{reached}年"
SHORT_BELOW_ANY = "{person}说的是{said}，还不满{reached}年，哪一种都还不够"
UNDER_SAID = "{person}还不满{reached}年"  # 不到2年, 还没满2年: the number said is not reached
UNDER_ANY = "{person}还不满{reached}年，哪一种都还不够"
SHORT_BELOW_MORE = "，离{total}年还差超过{more}年"
YEAR_END_BELOW = "；年限算到报名当年年底，到那时满{total}年就可以按这一条报考，否则还不能"
# … for a rule asking fewer years than the number said (不到3年, for 2 years): at most that many, maybe fewer.
ENOUGH_UNDER = "{person}说的是{said}：满{total}年（年限算到报名当年年底）就可以报考，不满的话还不能"
# … said close to or roughly their number (快5年, 差不多5年), for a rule asking fewer years: those, as said, are enough
# (if they count as social work: years since graduating, or of a job that may not count).
ENOUGH_SAID = "{person}说的是{said}，已满{total}年，可以报考"
ENOUGH_SAID_IF_COUNTED = "如果这{said}都算从事社会工作，{person}已满{total}年，可以报考，否则暂不能"
# Years said roughly (差不多5年, 五年左右), short of a rule asking more than their number (`gap`: about how many more),
# or of every rule the unknown facts could choose; when the fewest of those asks just their number, whether they are
# full decides.
ABOUT_BELOW = "{person}说的是{said}，离{total}年还差{gap}年左右"
ABOUT_BELOW_ANY = "{person}说的是{said}，哪一种都还不够"
ABOUT_FULL_ANY = (
    "{person}说的是{said}，年限算到报名当年年底：满{total}年的话，要求{total}年的那一种可以报考；不满的话哪一种都还不够"
)
# Years said to be reached by the end of this year (到今年年底就满4年), as the source counts them.
ENOUGH_YEAR_END = "年限算到报名当年年底，{person}说到今年年底满{years}年，今年报名可以报考"
SHORT_YEAR_END = "年限算到报名当年年底，{person}说到今年年底满{years}年，还差{gap}"
SHORT_YEAR_END_ANY = "年限算到报名当年年底，{person}说到今年年底满{years}年，哪一种都还不够"
# Years the asker's own words do not count as social work: of a job plainly not social work (当了5年老师: `job`) or
# said not to be social work (毕业3年，一直没做社工).
NOT_COUNTED_JOB = "不算{job}的{years}年"
NOT_COUNTED_NONE = "{person}说的{years}年没有从事社会工作，不算"
SHORT_NOT_COUNTED = "{not_counted}，{person}还没有从事社会工作的年限，还差{gap}"
SHORT_NOT_COUNTED_ANY = "{not_counted}，{person}还没有从事社会工作的年限，哪一种都还不够"
# What the 2006 regulation calls social work, as its definition of a social worker says (WORK_COUNTS, NOT_SOCIAL_WORK).
SOCIAL_SERVICE = (
    "在社会福利、社会救助、慈善事业、残障康复、优抚安置、卫生服务、青少年服务、司法矫治等机构从事专门性社会服务"
)
# Before the verdicts on years of a job plainly not social work (当了5年老师, 一直做销售): what the rules count, that
# the review decides whether the job counts, as of every job judged, and that the verdict does not count it.
NOT_SOCIAL_WORK = (
    f"规定算的是“从事社会工作”的年限：2006年规定所称社会工作者，是{SOCIAL_SERVICE}的专业人员。"
    "{job}的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；"
    "下面按不算来判断，{person}说的{years}年不计入从事社会工作的年限。"
)
# An age told (60岁, 退休了): the sources set no age limit (as the eligibility-overview entry says).
NO_AGE_LIMIT = "本助手依据的资料没有写年龄限制。"
# Short under every rule the unknown facts could choose (major not said): no one gap is worked out.
SHORT_ANY = "{person}做了{said}，哪一种都还不够"
SHORT_NONE_ANY = "{person}还没有社会工作年限，哪一种都还不够"
SHORT_SINCE_ANY = "{person}毕业{said}，即使一直从事社会工作，哪一种也都还不够"
# The years asked after a verdict (要干几年, 从什么时候算): how the rules of the levels judged count them, from the
# certificate a rule asks first (COUNTED_AFTER) to the end of the registration year, as the sources say.
YEARS_COUNTED = "{levels}所需的从事社会工作年限{after}算到报名当年年底（12月31日）。"
COUNTED_AFTER = "从取得{certificate}证书后算起，"
# … after SHORT_ANY or SHORT_NONE_ANY, whole years: how many more each rule asks (社工专业大专还差1年).
GAPS_BY_RULE, GAP_BY_RULE = "：{gaps}", "{who}还差{gap}"
# Years since graduating (毕业两年), not said to be of social work.
ENOUGH_SINCE = "{person}毕业已满{years}年，这段时间若一直从事社会工作，可以报考"
SHORT_SINCE = "{person}毕业{said}，即使一直从事社会工作也还差{gap}"
# Years of work not said to be social work (教书5年, 工作3年): may sit only if they count (short of a rule, they
# are short whether they count or not).
ENOUGH_IF_COUNTED = "如果这{years}都算从事社会工作，{person}已满{years}，可以报考，否则暂不能"
# The years of several jobs told, added up (之前在街道做了三年，现在在社工机构做了一年): `parts`, each JOB_YEARS
# (SOCIAL_WORK_JOB for social work named with no place); `years`, the sum as GAP or as said (3年多).
YEARS_ADDED = "{person}说的几段工作年限加起来算：{parts}，共{years}。"
JOB_YEARS, SOCIAL_WORK_JOB = "{job}{said}", "社工"
# … enough only if the years of the jobs that may not count (`unsure`: UNSURE_YEARS) count too, or enough with the
# years said to be social work alone (`jobs`, `sure`).
ENOUGH_IF_PART_COUNTED = "如果{unsure}也算从事社会工作，{person}共满{years}年，可以报考，否则暂不能"
UNSURE_YEARS = "{job}的{said}"
ENOUGH_SURE = "只算{jobs}的{sure}年也已满{total}年，{person}可以报考"
# Years that count only after a certificate: what was said may be years before it, so no gap is worked out.
# `said`: YOURS, or THESE for years counted from a year said (COUNTED_FROM).
SHORT_AFTER = "这{total}年从取得{certificate}证书后算起，{said}不满{total}年，暂不能报考"
SHORT_AFTER_NONE = "这{total}年从取得{certificate}证书后算起，{person}还没有社会工作年限，暂不能报考"  # 刚毕业
ENOUGH_AFTER = "这{total}年从取得{certificate}证书后算起，{said}若都在取得证书之后{counted}，可以报考"
YOURS, THESE = "{person}说的{years}", "这{years}"
# The certificate a rule counts the years from was obtained too recently (证是3年前拿的, 2023年考过初级): `held`, the
# whole years from then to the end of this year, or of the year sat in (`year_end`: THIS_YEAR_END or YEAR_END_OF).
SHORT_HELD = (
    "这{total}年从取得{certificate}证书后算起，{person}取得证书到{year_end}满{held}年，不满{total}年，暂不能报考"
)
THIS_YEAR_END, YEAR_END_OF = "今年年底", "{year}年年底"
COUNTED = "、且都算从事社会工作"  # in ENOUGH_AFTER, for years not said to be social work
# Years counted from a year said (2019年本科毕业，一直做社工; 2021年开始做社工) to the end of this year, as the source
# counts them up to the end of the year of registration; `since`: 2019年毕业后, 2021年开始; `work`: WORK_SOCIAL, or
# WORK_ANY for work not said to be social work.
COUNTED_FROM = "按{since}一直{work}算，到{year_end}满{years}年"
WORK_SOCIAL, WORK_ANY = "从事社会工作", "工作"
# Years more added in a follow-up (再干一年呢, 明年呢) to the years told before, leading the verdict on them.
YEARS_ADDED_ON = "按{person}说的{told}年再加{added}年，共{years}年；"
# Years more added to the years a certificate was held (拿到中级两年了, then 再干三年呢).
YEARS_ADDED_HELD = "按{person}取得证书到今年年底满{told}年再加{added}年，共{years}年；"
# Years of work told before a certificate was named, with years more (做了四年, then 我已经有助理证了，再做两年呢).
YEARS_BEFORE_HELD = (
    "{person}之前说的{told}年是在提到证书之前说的，不当作取得证书后的年限算；取得证书后只按再做的{added}年算；"
)
ENOUGH_FROM = "{counted}，{person}可以报考"
ENOUGH_FROM_IF_COUNTED = "{counted}；如果这{years}年都算从事社会工作，{person}可以报考，否则暂不能"
SHORT_FROM = "{counted}，还差{gap}"
SHORT_FROM_ANY = "{counted}，哪一种都还不够"
# A certificate to hold first, not said to be held (想直接考高级): the years said are not what is missing.
CERTIFICATE_FIRST = "不能直接报考：要先取得{certificate}证书，这{total}年从取得证书后才开始算，暂不能报考"
# A student (大二, 在读) does not hold the degree yet; `graduates`: who a rule naming new graduates admits.
STUDYING = "这一条要求已取得这一学历，{person}还在读，还不能按这一条报考"
STUDYING_GRADUATES = "这一条指{graduates}；{person}还在读、尚未取得学历，能否在毕业当年报考要看当年的报考通知"
NO_CERTIFICATE = "没有{certificate}证书暂不能报考"
EDUCATION_TOO_LOW = "按{regulation}，报考{level}至少需{education}学历，{yours}暂不能报考"
MISSING = "按{regulations}判断能否报考{levels}，还需要知道：{facts}。"
MISSING_AFTER_RULES = "判断能否报考，还需要知道：{facts}。"  # after the lines that give each level's rules
# Years of work not said to be social work: a job named (`job`: 教师, 社区) or none (工作3年).
WORK_COUNTS = f"规定所称社会工作，指{SOCIAL_SERVICE}；{{job}}算不算，以当年报考通知和当地资格审核为准。"
WORK_NAMED, WORK_UNNAMED = "{job}的工作", "{person}的工作"
LIST_SEPARATOR, AND = "、", "和"
WHO_MAJOR = {"社会工作": "社工专业", "其他": "其他专业"}
LEVEL_LABELS = ("助理社会工作师（初级）", "社会工作师（中级）", "高级社会工作师")
MAJOR_LABELS = ("社会工作专业", "其他专业")
# A job named, with no schooling and no years said (我是护士能考社工吗): the rules ask none, so the rules for other
# majors than social work follow, each level's in a line, then what they ask that is still missing.
JOB_NOT_ASKED = "报考条件不看职业。不是社工专业的："
# The rules of a level that add years for other majors (2006 item 6), as one: `who`, the lowest degree they admit.
EXTRA_YEARS_RULE = "{who}报考{level}，所需从事社会工作的年限比社工专业多{extra}年"
# A job plainly not social work named with no years said (我是老师能考吗): the review decides; if not, its years do not
# count.
JOB_NOT_SOCIAL_WORK = (
    f"规定所称社会工作，指{SOCIAL_SERVICE}；{{job}}的工作算不算这样的社会服务，以当年报考通知和当地资格审核为准；"
    "不算的话，这份工作的年限不计入从事社会工作的年限。"
)

# Telegram front end
NOT_TEXT_HINT = f"我只能回答文字问题，请直接用文字提问，或发送 {TOPICS_COMMAND} 浏览全部问题。"
UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看怎么提问和全部命令。"
EXPIRED = f"按钮已过期，请重新提问或发送 {TOPICS_COMMAND}。"
SORRY = "抱歉，出了点问题，请稍后再试。"

# Terminal front end
CHECK_CORRECTED = (
    "好的，已改为{facts}。"  # before the next step, a fact answered before said otherwise (不对，我是本科)
)
# /check asked for with details (/check 本科 社工专业 1年): before the first question still to ask, the facts read.
CHECK_GIVEN = "按你给的情况：{facts}。"
# An answer typed to a check question that gives none of its choices but speaks of the asker (我不知道考哪个级别; a
# job where the years are asked): before the question asked again, what could not be read (`fact`: Fact's value).
CHECK_UNREAD = "没能从你的回答里读出{fact}。"
CHECK_LEVEL_UNSURE = (
    "不确定考哪个级别的话，可以直接说你的学历、专业和工作年限（例如：本科社工专业，工作2年），我按每个级别判断；"
    "也可以先选一个级别自测。"
)
CHECK_CANCELLED = "已退出自测。可以直接提问，或发送 /check 重新开始。"  # an answer to a check question that leaves it
TERMINAL_HOW_TO = (
    "输入问题并回车；输入“话题”浏览全部问题，输入“自测”自测报考条件，输入数字选择，输入“退出”或按 Ctrl-D 结束。"
)
TERMINAL_PROMPT = "\n你："
TERMINAL_SAYS = "助手：{text}"
TERMINAL_NO_TOKEN = "TELEGRAM_BOT_TOKEN is not set: opening a terminal chat on the same answers (Ctrl-D to quit)."
TERMINAL_JOURNAL = "Recording the questions in the journal {path}, as `run` does; `python -m bot report` lists them."
CHOICE_GONE = "这个选项已失效，请重新提问。"
CHOOSE_NUMBER = "请输入 1 到 {count} 之间的数字，或者直接提问："
CHOOSE_ONE = "请输入 1，或者直接提问："
TERMINAL_HELP = (
    "直接输入问题并回车，简体、繁体、拼音或英文都可以（回答用中文），例如：社工证怎么考、初级社工报考条件、宁波考社工证有奖励吗。\n"
    "输入数字选择上一条回复里的选项；输入“话题”浏览全部问题，“自测”一步步自测报考条件，“来源”看资料来源和数据时间，"
    "“退出”或 Ctrl-D 结束。"
)
GOODBYE = "再见！"

# Maintainers' commands (/stats, /unanswered, /reload)
NO_JOURNAL = "没有记录：数据库不可用（见日志）。"
STATS_TODAY = "今天"
STATS_WEEK = "最近7天"
STATS_COUNTS = (  # honest: the reply said the sources do not cover it; suggested: other questions offered
    "{period}：{asked} 个问题，回答 {answered}（回答率 {rate}），说明资料没有涵盖 {honest}，"
    "未能回答 {declined}，给出相近问题 {suggested}"
)
STATS_TOP_ENTRIES = "回答最多："
STATS_FEEDBACK = "反馈（👍/👎）："
STATS_UNANSWERED = "没能回答的："
STATS_ITEM = "· {name}：{value}"
NO_UNANSWERED = "最近没有没能回答的问题。"
UNANSWERED_HEADING = "最常见的没能回答的问题（相似的归为一组）："
UNANSWERED_GROUP = "· {count} 次：{question}{also}"
UNANSWERED_ALSO = "（也问：{others}）"
RELOAD_FAILED = "知识库有错误，没有重新加载，仍在使用原来的版本：\n{problems}{more}"
RELOAD_MORE = "\n……还有 {count} 个问题"
RELOADED = "已重新加载知识库。\n新增：{added}\n删除：{removed}\n修改：{edited}"
NOTHING = "无"

# Command line notes (`python -m bot ask`, `report`), for whoever runs it
# After a command's reply with choices (/topics, /check): `ask` keeps no conversation to choose one in.
ASK_CHOICES = "`ask` reads each line on its own: to choose one of these options, run `python -m bot chat`."
ASK_HELP = (
    "每行一个问题，每行单独回答（不接着上一行理解）；简体、繁体、拼音或英文都可以，回答用中文。"
    "也接受对话的命令：“话题”看全部问题，“来源”看资料来源和数据时间。"
    "要选择选项、一步步自测或接着上一个问题追问，请运行 python -m bot chat。"
)
NO_SOURCES = (
    "the sources' texts are expected in {path}, beside the clone (../shared/sources/): copy or link the project's "
    "shared/sources/ folder there (its README describes each text), then run this again"
)
REPORT_EXISTS = "error: {path} exists; add --force to replace it"
REPORT_WRITTEN = "wrote {path}"
REPORT_NOTHING_TO_WRITE = (
    "{path} not written: the report drafts no new entry, and a file of comments alone would stop `make validate`"
)
REPORT_INTO_KNOWLEDGE = (
    "{path} is this report's own output, which the shell created empty before the report began: delete it, then run "
    "`python -m bot report --format yaml --output new-questions.yaml`, which writes the draft outside the knowledge "
    "directory once the report is built."
)
REPORT_INSIDE_KNOWLEDGE = (
    "error: {path} is inside the knowledge directory {directory}: a draft's empty answers would stop `make validate` "
    "and the bot's next start. Write it elsewhere (`--output new-questions.yaml`), write each answer from the sources, "
    "then move the entries into {directory} and run `make validate`."
)
