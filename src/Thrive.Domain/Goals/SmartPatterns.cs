using System.Text.RegularExpressions;

namespace Thrive.Domain.Goals;

/// <summary>
/// The coach's vocabulary, as source-generated patterns over <see cref="SmartText.Lower"/> (already lower-cased).
/// Every repetition is bounded and no group nests another quantifier, so no input can make them backtrack badly.
/// </summary>
internal static partial class SmartPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// No pattern here should ever need more than microseconds, and none may hang a request: .NET 10's compiled and
    /// source-generated regex code looped for ever on a lazy bounded loop of words ("at least 95 before the April
    /// release" against <see cref="CountedOutcome"/>) where the interpreter answers at once. That loop is now greedy; the
    /// patterns that still have a lazy loop of words (<see cref="RoleOutcome"/>, <see cref="SmallRhythm"/>) carry this
    /// timeout (one in every pattern made the coach about 1.5 times slower): one that runs this long throws, and
    /// <see cref="SmartCoach.Assess"/> falls back to the structured fields.
    /// </summary>
    internal const int MatchTimeoutMs = 250;

    /// <summary>Things a person can make, pass, hold or count.</summary>
    private const string Deliverables =
        "exams?|certifications?|certificates?|certs?|blog posts?|posts?|articles?|(?:lightning )?talks?|presentations?"
        + "|repos?|repositor(?:y|ies)|apps?|(?:side )?projects?|portfolios?|cvs?|résumés?|resumes?|linkedin"
        + "|problem sets?|problems?|katas?|books?(?! club)|courses?|modules?|chapters?|pull requests?|prs?|features?"
        + "|meetings?|meetups?|workshops?|demos?|tutorials?|videos?|podcasts?|newsletters?|librar(?:y|ies)|packages?"
        + "|websites?|sites?|games?|apis?|contributions?|(?:mock )?interviews?|someone|people|persons?|colleagues?"
        + "|sessions?|challenges?|exercises?|assignments?|(?:code )?reviews?|tests?|tickets?|lessons?|bootcamps?"
        + "|hackathons?|conferences?|(?:job )?applications?|one-on-ones?|1:1s?|coffee chats?";

    private const string NumberWords =
        "\\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a hundred";

    private const string Months =
        "january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    /// <summary>Self-improvement with no object: nothing says what "better" is.</summary>
    [GeneratedRegex(@"\b(?:be|become|becoming|get|getting) (?:a |an )?(?:better|good|great|stronger|more skilled) (?:developer|engineer|programmer|coder|dev|professional|person)\b"
        + @"|\b(?:improve|better|develop) myself\b|\bgrow(?:ing)? as an? (?:developer|engineer|programmer|professional|person)\b"
        + @"|\bget(?:ting)? better\b(?! at\b)|\blevel(?:ling)? up\b(?! (?:in|on|my)\b)", Options)]
    internal static partial Regex GenericVague();

    /// <summary>Verbs of growth that name an area but not a result.</summary>
    [GeneratedRegex(@"\b(?:get(?:ting)? better at|learn(?:ing)? more about|learn(?:ing)? how to|learn(?:ing)?|improv(?:e|es|ing)|work(?:ing)? on"
        + @"|understand(?:ing)? (?:more|better)|know more about|focus(?:ing)? on|build(?:ing)? (?:up )?(?:my|your|his|her|their|some) confidence"
        + @"|gain(?:ing)? (?:more )?confidence|be(?:come)? more confident|brush(?:ing)? up on|get(?:ting)? into|explor(?:e|ing)|deal(?:ing)? with"
        + @"|help(?:ing)? (?:me|him|her|them|my mentee|a junior)|get(?:ting)? comfortable with|be(?:come)? (?:more )?familiar with"
        + @"|strengthen(?:ing)?|develop(?:ing)? (?:my|your|his|her) skills?|be(?:come)? (?:a )?better)\b", Options)]
    internal static partial Regex VagueVerb();

    /// <summary>An action and, a few words on in the same sentence, the thing it produces.</summary>
    [GeneratedRegex(@"\b(?<verb>pass(?:ed|ing)?|ace|writ(?:e|ing)|wrote|publish(?:ed|ing)?|giv(?:e|ing)|present(?:ing)?|build(?:ing)?|creat(?:e|ing)"
        + @"|ship(?:ping)?|launch(?:ing)?|releas(?:e|ing)|deliver(?:ing)?|submit(?:ting)?|solv(?:e|ing)|complet(?:e|ing)|finish(?:ing)?"
        + @"|read(?:ing)?|revamp(?:ing)?|rewrit(?:e|ing)|updat(?:e|ing)|refresh(?:ing)?|earn(?:ing)?|obtain(?:ing)?|arrang(?:e|ing)|meet"
        + @"|hold(?:ing)?|run(?:ning)?|organi[sz](?:e|ing)|host(?:ing)?|record(?:ing)?|contribut(?:e|ing)|merg(?:e|ing)|deploy(?:ing)?"
        + @"|open(?:ing)?|attend(?:ing)?|sit(?:ting)?|tak(?:e|ing)|do(?:ing)?|prepar(?:e|ing)|prep(?:ping)?|register(?:ed|ing)?|enrol(?:led|ling)?"
        + @"|enroll(?:ed|ing)?|work(?:ing)? through|go(?:ing)? through|stud(?:y|ying)|practi[sc](?:e|ing))\b[^.;!?\n]{0,40}?\b(?<noun>"
        + Deliverables + @")\b", Options)]
    internal static partial Regex VerbDeliverable();

    /// <summary>A finishing verb and its object, for things the vocabulary doesn't list: "ship the checkout redesign", "read Clean Architecture".</summary>
    [GeneratedRegex(@"\b(?<verb>read|finish|complete|ship|launch|release|deploy|publish|pass|write|present|build|give|deliver|submit|merge|host|organi[sz]e) "
        + @"(?:the |my |a |an |our )?(?!(?:goals?|tasks?|things?|stuff|work|it|something|more|better|skills?|myself|up|on|through|about)\b)(?<obj>[\p{L}\d][\p{L}\d-]{1,30})"
        + @"(?: (?!(?:by|before|in|on|to|for|with|so|and|or|because|until|within|at|every|each|per)\b)[\p{L}\d][\p{L}\d-]{0,30}){0,3}", Options)]
    internal static partial Regex NamedOutcome();

    /// <summary>A change of role or standing that is either true or not: "get promoted", "land my first developer job".</summary>
    [GeneratedRegex(@"\b(?:get(?:ting)? promoted|promotion to|get(?:ting)? certified|land(?:ing)? (?:a|an|my first|my next) (?:[\p{L}-]{1,20} ){0,2}?(?:job|role|position)"
        + @"|get(?:ting)? (?:a|an|my first|my next) (?:[\p{L}-]{1,20} ){0,2}?(?:job|role|position)"
        + @"|become (?:a|an) (?:senior|lead|tech lead|team lead|staff|principal|engineering manager|manager|certified)\b(?: [\p{L}-]{1,20}){0,2})", Options, MatchTimeoutMs)]
    internal static partial Regex RoleOutcome();

    /// <summary>
    /// A number followed, within three words, by something countable: "publish 3 blog posts". The words between are a
    /// greedy loop: the lazy one made the generated code loop for ever on some sentences (see <see cref="MatchTimeoutMs"/>).
    /// </summary>
    [GeneratedRegex(@"\b(?:at least |at most |up to |no fewer than )?(?:" + NumberWords + @")(?: |-)(?:(?!of )[\p{L}'-]{1,20} ){0,3}(?:"
        + Deliverables + @")\b", Options)]
    internal static partial Regex CountedOutcome();

    /// <summary>A percentage, or a number before a word that is not a unit of time or a month: "500 followers". Parts of dates don't count.</summary>
    [GeneratedRegex(@"\b\d{1,6}(?:[.,]\d{1,3})? ?(?:%|percent\b)|(?<![-/]|(?:" + Months + @")\.? )\b(?!(?:19|20)\d\d\b)\d{1,6}(?:[.,]\d{1,3})?(?![-/]) "
        + @"(?!(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|am|pm|of|and|or|to|a|an|per|in|on|by|at|st|nd|rd|th)\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{2,}", Options)]
    internal static partial Regex PlainNumber();

    [GeneratedRegex(@"\b(?:increas(?:e|ing)|decreas(?:e|ing)|reduc(?:e|ing)|cut(?:ting)?|rais(?:e|ing)|lower(?:ing)?|doubl(?:e|ing)|halv(?:e|ing)|improv(?:e|ing))\b"
        + @"[^.;!?\n]{0,40}?\b(?:time-to-completion|time|times|rate|score|count|number|coverage|latency|speed|velocity|throughput|errors|bugs|turnaround)\b", Options)]
    internal static partial Regex MetricDirection();

    [GeneratedRegex(@"\d", Options)]
    internal static partial Regex Digit();

    /// <summary>Time put in: "2 hours a week", "an hour a day", "30 minutes every weekday".</summary>
    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:[.,]\d{1,2})?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)"
        + @" ?(?<u>hours?|hrs?|h|minutes?|mins?)(?: of [\p{L}-]{1,20})? (?:a|per|each|every) (?<p>day|weekday|working day|workday|week|month)\b", Options)]
    internal static partial Regex Effort();

    /// <summary>A rhythm: "per week", "every day", "weekly", "twice a week", "on Mondays".</summary>
    [GeneratedRegex(@"\b(?:per|every|each) (?:single )?(?:day|weekday|working day|workday|week|month|morning|evening|night|sprint|fortnight|weekend"
        + @"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly|fortnightly|bi-weekly|biweekly|monthly|nightly)\b"
        + @"|\bevery (?:other|second) (?:day|week)\b|\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)\b"
        + @"|(?<!\b(?:in|within|for|take|took|taking|after|than|off|about|almost|nearly|whole|half|over|spend|spent|once in) )\ba (?:day|week|month|fortnight)\b(?! off\b)", Options)]
    internal static partial Regex Cadence();

    /// <summary>Help, tools and time that make a goal doable.</summary>
    [GeneratedRegex(@"\bwith (?:the help of |help from )?(?:my|our) mentor\b|\bmy mentor(?:'s help| will help| can help| helps| and i)\b|\bhelp (?:from|of) (?:my|our) mentor\b"
        + @"|(?<!\bof )\bcourses?\b|\bvouchers?\b|\bbook club\b|\bbooks?\b|\bbootcamps?\b|\btutorials?\b|\bstudy (?:group|buddy|partner|time|leave)\b"
        + @"|\bpair(?:ing)? (?:programming|with)\b|\bbudget\b|\bsponsor(?:ed|ship)?\b|\bkanban\b|\bhabit tracker\b|\bworkshops?\b|\bpractice (?:exams?|tests?)\b"
        + @"|\b(?:leetcode|hackerrank|exercism|codewars|udemy|coursera|pluralsight|freecodecamp)\b|\b(?:our|my) time in\b"
        + @"|\bdedicat(?:e|ed|ing) (?:our |my |some )?time\b|\btime (?:set aside|blocked)\b|\bevery (?:morning|evening|lunch(?:time)?)\b|\blunch ?breaks?\b"
        + @"|\blearning (?:time|budget)\b", Options)]
    internal static partial Regex Resource();

    /// <summary>A small, sized rhythm: "at least one problem set per week", "two posts a month".</summary>
    [GeneratedRegex(@"\b(?:at least )?(?:one|two|three|1|2|3) (?!(?:hours?|hrs?|minutes?|mins?|times?) )(?:[\p{L}'-]{1,20} ){1,4}?(?:per|a|each|every) (?:week|month|fortnight)\b", Options, MatchTimeoutMs)]
    internal static partial Regex SmallRhythm();

    /// <summary>A stated purpose: why this goal, where it leads.</summary>
    [GeneratedRegex(@"\b(?:so that|so (?:i|we|he|she|they) (?:can|could|will|get to)|because|since (?:i|my|we)|in order to|as (?:i|we) (?:switch|move|prepare|start|change)"
        + @"|so (?:i'd|i'm|i|we|my|our|the|a|new|every|nobody|no one|people|they|he|she) (?!far\b|much\b|many\b)[\p{L}'-]{1,20}|since (?:our|the|two|three|they|it|he|she|everyone|nobody)\b"
        + @"|, ?to (?:get|be|feel|stay|keep|make|practise|practice|prepare|help|stop|build|grow|avoid|free|cut|save|win|earn|support|unblock)\b"
        + @"|(?:which|that|this) (?:will|would) help|that way|my career|career (?:path|goals?|growth|change|switch|move)|swot"
        + @"|(?<!\b(?:goal is|goals are|aim is|want|wants|wanted|hope|hoping|plan|planning|trying|like|need|needs) )to (?:become|prepare (?:for|myself)|get ready for"
        + @"|move into|switch (?:to|into)|get into|land|qualify for|get a taste|find out|see (?:if|whether)|decide (?:if|whether|between)|grow my|open doors|stand out|reach))\b", Options)]
    internal static partial Regex Purpose();

    /// <summary>A need the goal answers: a weakness, a struggle, a gap.</summary>
    [GeneratedRegex(@"\b(?:i (?:struggle|find it hard|find it difficult)|struggl(?:e|ing) with|(?:the most|a lot of) difficulty|weak(?:ness|nesses|est| spot| area| point)s?"
        + @"|weaker (?:skill|area)s?|not (?:yet |very |so )?confident|lack(?:ing)? (?:of )?(?:confidence|experience)|(?:i've|i have|i) just started"
        + @"|i'm new to|new to the (?:industry|team|field|role|job)|missed out on|imposter syndrome|knowledge gaps?|gaps? in my)\b", Options)]
    internal static partial Regex Need();

    /// <summary>Context words that hint at why, without saying it.</summary>
    [GeneratedRegex(@"\b(?:career|jobs?|at work|my work|for work|my team|our team|the team|roles?|interviews?|promotion|professional|company|colleagues?"
        + @"|clients?|customers?|mentees?|employer|industry|workplace)\b", Options)]
    internal static partial Regex Anchor();

    [GeneratedRegex(@"\b(?:listening|communication|confidence|leadership|soft skills?|empathy|feedback|public speaking|stress)\b", Options)]
    internal static partial Regex SoftSkill();

    [GeneratedRegex(@"\b(?:could|might|may be|maybe|perhaps|such as|for example|for instance|e\.g|or even|options?|ideas?)\b", Options)]
    internal static partial Regex OptionMarker();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b|\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b"
        + @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<mon>" + Months + @")\b\.?(?:,? (?<y>\d{4})\b)?"
        + @"|\b(?<mon>" + Months + @")\.? (?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,? (?<y>\d{4})\b)?", Options)]
    internal static partial Regex CalendarDate();

    /// <summary>"by the end of June", "end of March 2027", "by the end of the year", "in June".</summary>
    [GeneratedRegex(@"\b(?:(?:by|before|until|till|at) )?(?:the )?end of (?:(?<mon>" + Months + @")(?: (?<y>\d{4}))?|(?<this>(?:the |this )?(?:year|month)))\b"
        + @"|\b(?:by|before|until|in) (?<mon>january|february|march|april|may|june|july|august|september|october|november|december)(?: (?<y>\d{4}))?\b", Options)]
    internal static partial Regex EndOfPeriod();

    [GeneratedRegex(@"\b(?:by|before|at|until|till|for) (?:the )?end of (?:the |this |my |our )(?:thrive |mentoring )?(?:programme|program|mentorship|cohort)\b"
        + @"|\bby (?:the )?(?:programme|program)(?:'s)? end\b", Options)]
    internal static partial Regex ProgrammeEnd();

    /// <summary>"in 12 weeks", "within 6 weeks", "over the next 3 months", "a 12-week goal", "Time-bound: 12 weeks".</summary>
    [GeneratedRegex(@"\b(?:(?:in|within|over|during) (?:the )?(?:next |coming )?|(?:for )?the next |next )(?<n>" + NumberWords + @"|an?) (?<u>days?|weeks?|months?|years?)\b"
        + @"|\b(?<n>\d{1,3})-(?<u>day|week|month)\b|(?:^|[:;.!?\n-] ?)(?<n>\d{1,3}) (?<u>days|weeks|months)\b", Options)]
    internal static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?:over |in |during )?the (?:next|coming) (?:few |couple of )?(?:days|weeks|months|years)|(?:in the )?coming (?:weeks|months|years)"
        + @"|soon|someday|some day|one day|eventually|at some point|later this year|this year|next year|in the future"
        + @"|(?:during|in|through|throughout) (?:the|this|my) (?:thrive |mentoring )?(?:programme|program|mentorship|cohort))\b", Options)]
    internal static partial Regex Horizon();

    /// <summary>
    /// An action verb at the start of a clause and its object up to the end of the sentence: "migrate …", "add …",
    /// "get the p95 latency under 300 ms". Growth verbs (learn, improve, understand) are not actions here.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:!?]\s{1,3}|\b(?:i will|i'll|i want to|i'd like to|i plan to|i aim to|my goal is to|to|and|then)\s)(?<verb>migrate|add|write|fix|set up|refactor|present|reach|get|bring|build|deploy|automate|replace|move|cut|reduce|raise|ship|publish|chair|run|lead|host|organi[sz]e|record|document|upgrade|port|rewrite|create|design|implement|complete|finish|launch|release|deliver|teach|pair|translate|containeri[sz]e|configure|install|benchmark|profile|split|remove|introduce|enable|switch|convert|halve|double|hold|facilitate|send|submit|contribute|apply to|interview|shadow)\b(?<object>[^.;!?\n]{3,100})", Options)]
    internal static partial Regex ConcreteAction();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a hundred|every|each|all)\b", Options)]
    internal static partial Regex NumberWord();

    [GeneratedRegex(@"^(?:" + Months + @"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|i'm|i'll|i've|i'd)$", Options)]
    internal static partial Regex CalendarWord();

    /// <summary>An object that is a way of growing, not a thing: "better at", "more confident", "used to".</summary>
    [GeneratedRegex(@"^\s{0,3}(?:better|more|good|great|comfortable|familiar|confident|involved|started|used to|to know|into)\b", Options)]
    internal static partial Regex GrowthObject();

    /// <summary>"by Friday", "by next Friday", "this week", "by the end of next week", "this quarter", "mid-April", "before the April release".</summary>
    [GeneratedRegex(@"\b(?:by|before|on|until|till) (?:(?<next>next) )?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        + @"|\b(?:(?:by|before|until|till) )?(?:(?:the )?end of )?(?<rel>this|next) (?<unit>week|month|quarter)\b"
        + @"|\bmid-? ?(?<mid>january|february|march|april|may|june|july|august|september|october|november|december)\b"
        + @"|\b(?:before|at|by|for|in) the (?<event>january|february|march|april|may|june|july|august|september|october|november|december) (?:release|conference|meetup|launch|deadline|all-hands|review|summit|hackathon|retro|demo day|offsite)\b",
        Options)]
    internal static partial Regex RelativeDate();
}
