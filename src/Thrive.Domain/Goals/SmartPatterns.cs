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
    /// patterns that still have a lazy loop of words (<see cref="Title"/>, <see cref="SmallRhythm"/>) carry this
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
        + @"|enroll(?:ed|ing)?|work(?:ing)? through|go(?:ing)? through|stud(?:y|ying)|practi[sc](?:e|ing))\b(?:(?!about\b)[^.;!?\n,]){0,40}?\b(?<noun>"
        + Deliverables + @")\b", Options)]
    internal static partial Regex VerbDeliverable();

    /// <summary>A finishing verb and its object, for things the vocabulary doesn't list: "ship the checkout redesign", "read Clean Architecture".</summary>
    [GeneratedRegex(@"\b(?<verb>read|finish|complete|ship|launch|release|deploy|publish|pass|write|present|build|give|deliver|submit|merge|host|organi[sz]e) "
        + @"(?:the |my |a |an |our )?(?!(?:goals?|tasks?|things?|stuff|work|it|something|more|better|skills?|myself|up|on|through|about)\b)(?<obj>[\p{L}\d][\p{L}\d-]{1,30})"
        + @"(?: (?!(?:by|before|in|on|to|for|with|so|and|or|because|until|within|at|every|each|per)\b)[\p{L}\d][\p{L}\d-]{0,30}){0,3}", Options)]
    internal static partial Regex NamedOutcome();

    /// <summary>
    /// A title, role, job or grade: granted by someone else, so it is never a result on its own ("get promoted", "land a
    /// job in Berlin", "become a tech lead", "move from junior to mid-level", "be the top contributor").
    /// </summary>
    [GeneratedRegex(@"\b(?:get(?:ting)? promoted|(?:get|earn|win|land)(?:ing)? (?:a |my )?promotion\b|^(?:a )?promotion\b|promotion to\b|get(?:ting)? certified"
        + @"|(?:land|get|find|start|secure)(?:ing)? (?:a|an|my first|my next|my|the) (?:new )?(?:[\p{L}-]{1,20} ){0,2}(?:job|role|position|offer)"
        + @"|\b(?:be|become|becoming|being)\s(?!(?:a |an |the )?(?:better|good|great|stronger|more|happier|best)\b)(?:a |an |the )?(?:[\p{L}-]{1,20} ){0,2}(?:lead|engineer|developer|manager|architect|cto|cio|vp|director|head of [\p{L}]{2,20}|contributor|principal|senior|staff|junior|mid-level|owner|maintainer|champion|go-to person)\b"
        + @"|\bmove (?:from [\p{L}-]{1,20} )?(?:to|into) (?:a |an )?(?:mid-level|senior|staff|principal|lead|management|a management role)"
        + @"|^(?:a |an )?(?:new )?(?:job|role|promotion)\b|\b(?:go|move|get) from (?:a |an )\d{1,2} to (?:a |an )\d{1,2}\b)", Options, MatchTimeoutMs)]
    internal static partial Regex Title();

    /// <summary>
    /// A number followed, within three words, by something countable: "publish 3 blog posts". The words between are a
    /// greedy loop: the lazy one made the generated code loop for ever on some sentences (see <see cref="MatchTimeoutMs"/>).
    /// </summary>
    [GeneratedRegex(@"(?<![-/])\b(?:at least |at most |up to |no fewer than )?(?:" + NumberWords + @"|my first|a first|half a dozen)(?: |-)(?:(?!of )[\p{L}'-]{1,20} ){0,3}(?:"
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
        + @" ?(?<u>hours?|hrs?|h|minutes?|mins?)(?<subject>(?: (?:of|on) [\p{L}-]{1,20}){0,2}) (?:a|per|each|every) (?<p>day|weekday|working day|workday|week|month|morning|evening|night)\b", Options)]
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
        + @"|\blearning (?:time|budget|path)\b|\b(?:skill builder|developer) path\b|\bmodules? of\b|\bchapters?\b|\bdocs\b|\bdocumentation\b|\bplaylist\b|\brecorded talks?\b|\btalks? from\b"
        + @"|\barticles?\b|\bthe [\p{L}]{1,12} spec\b|\bwith (?:help from |the help of )?(?:friends|my tech lead|our tech lead|my manager|my lead|a colleague|colleagues)\b|\b(?:help|support) from\b"
        + @"|\bpair(?:ing)? with\b|\bcovering my\b|\btoastmasters\b|\bstudy buddy\b|\b(?:from|with|in|using|via|on) (?:the |my )?[\p{L}-]{2,20} app\b|\b(?:headspace|streaks|calm|duolingo|anki|rustlings|pgexercises|kaggle|advent of code|codecademy|khan academy)\b"
        + @"|\bassistance programme\b|\btherapist\b|\bcoach(?:ing)?\b", Options)]
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
        + @"|\bby (?:the )?(?:programme|program)(?:'s)? end\b|\b(?:during|for the rest of|throughout|over) (?:the|this|my|our) (?:thrive |mentoring )?(?:programme|program|mentorship|cohort)\b"
        + @"|\b(?:until|till|before|by the time) (?:the|this|my|our) (?:thrive |mentoring )?(?:programme|program|mentorship|cohort) (?:ends|is over|finishes|closes)\b", Options)]
    internal static partial Regex ProgrammeEnd();

    /// <summary>"in 12 weeks", "within 6 weeks", "over the next 3 months", "a 12-week goal", "Time-bound: 12 weeks".</summary>
    [GeneratedRegex(@"\b(?:(?:in|within|over|during) (?:the )?(?:next |coming )?|(?:for )?the next |next )(?<n>" + NumberWords + @"|an?) (?<u>days?|weeks?|months?|years?)\b"
        + @"|\b(?<n>\d{1,3})-(?<u>day|week|month)\b|(?:^|[:;.!?\n-] ?)(?<n>\d{1,3}) (?<u>days|weeks|months)\b", Options)]
    internal static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?:over |in |during )?the (?:next|coming) (?:few |couple of )?(?:days|weeks|months|years)|(?:in the )?coming (?:weeks|months|years)"
        + @"|soon|someday|some day|one day|eventually|at some point|later this year|this year|next year|in the future"
        + @"|(?:in|by|over|during|this|next) (?:the )?(?:spring|summer|autumn|fall|winter)"
        + @"|(?:during|in|through|throughout) (?:the|this|my) (?:thrive |mentoring )?(?:programme|program|mentorship|cohort))\b", Options)]
    internal static partial Regex Horizon();

    /// <summary>
    /// An action verb at the start of a clause and its object up to the end of the sentence: "migrate …", "add …",
    /// "get the p95 latency under 300 ms". Growth verbs (learn, improve, understand) are not actions here.
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:!?,]\s{1,3}|\b(?:i will|i'll|i want to|i'd like to|i plan to|i aim to|my goal is to|to|and|then)\s)(?:(?:finally|also|really|actually|just|first) )?(?<verb>migrate|add|write|fix|set up|refactor|present|reach|get|bring|build|deploy|automate|replace|move|cut|reduce|raise|lower|shorten|increase|decrease|ship|publish|chair|run|lead|host|organi[sz]e|record|document|upgrade|port|rewrite|create|design|implement|complete|finish|launch|release|deliver|teach|pair|translate|containeri[sz]e|configure|install|benchmark|profile|split|remove|introduce|enable|switch|convert|halve|double|hold|facilitate|send|submit|contribute|apply to|interview|shadow|summari[sz]e|draft|outline)\b(?<object>[^.;!?\n]{3,100})", Options)]
    internal static partial Regex ConcreteAction();

    /// <summary>
    /// An everyday action at the start of a clause and the rest of the clause: "turn my laptop off by 19:00", "book a call
    /// with the security lead", "go to the gym three times a week", and rules such as "no Slack at weekends" or "stop
    /// checking email before 9:00". Whether the clause is specific is decided in code (<see cref="SmartSignals"/>).
    /// </summary>
    [GeneratedRegex(@"(?:^|[.;:!?,]\s{1,3}|\b(?:i will|i'll|i want to|i'd like to|i plan to|i aim to|i need to|i'm going to|my goal is to|the goal is to|and|then|i|i'm|i am|we're|we are)\s)"
        + @"(?:(?:finally|also|really|actually|just|first) )?(?:(?:don't|do not|never|stop|no longer|always) )?(?<verb>(?<progress>work(?:ing)? through|work(?:ing)? towards|prepar(?:e|ing) for|study(?:ing)? for|get(?:ting)? through|start(?:ing)?)|(?<practice>exercise|train|practi[sc]e|run|jog|code|learn|memori[sz]e)|go|drink|eat|turn|take|book|tell|ask|watch|review|solve|start|refactor|set up|meditate|walk|swim|spend|use"
        + @"|post|do|leave|see|have|stop|decide|follow|speak|keep|write(?: down)?|meet|call|visit|sleep|read|study|attend|join|give|send|share|log|track|skip"
        + @"|limit|avoid|close|put|block|schedule|cook|climb|cycle|say|make|threat-model|terraform|pair|check|answer|reply|talk|demo|apply|finish|complete"
        + @"|miss|be in bed|get to bed|switch off|log off|mentor|land|volunteer|sign up for|sign up to|pick|choose|no)\b(?<object>(?:[^.;!?\n,]|,(?=\d)){2,100})", Options)]
    internal static partial Regex Behaviour();

    /// <summary>Words that leave an amount open: "some", "a bit more", "a few", "regularly", "faster", "less".</summary>
    [GeneratedRegex(@"\b(?:some|more|less|fewer|a bit|a little|a few|a couple|a handful|a lot|lots|several|as much as|as many as|regularly|more often|so much|too much|faster|slower|quicker|cheaper|enough|cut (?:down|back))\b", Options)]
    internal static partial Regex VagueAmount();

    /// <summary>A direction with no size: "faster", "less", "fewer". Unlike an open amount, a name doesn't make it specific ("make our CI pipeline faster").</summary>
    [GeneratedRegex(@"\b(?:less|fewer|faster|slower|quicker|cheaper|smaller|shorter|longer|cut (?:down|back))\b", Options)]
    internal static partial Regex Direction();

    /// <summary>Being rather than doing: "be more confident", "become a better communicator", "get more serious about".</summary>
    [GeneratedRegex(@"\b(?:be|become|being|feel|look after|understand|think)\b", Options)]
    internal static partial Regex StateVerb();

    /// <summary>"Get the Terraform module merged": getting something into a checkable state.</summary>
    [GeneratedRegex(@"\b(?:merged|approved|accepted|published|released|deployed|signed off|live|done|finished|reviewed|fixed|shipped)\b", Options)]
    internal static partial Regex DoneState();

    /// <summary>Words that, alone, name no particular topic: "Career.", "Help.", "Grow.", "Be happier."</summary>
    [GeneratedRegex(@"^(?:career|help|everything|anything|grow|growth|level|up|life|happy|happier|better|best|improve|improvement|success|successful|version|myself|self|person|stuff|things|next|week|month|year|by)$", Options)]
    internal static partial Regex GenericWord();

    /// <summary>Words that, in an outcome, leave it open: "write some tests", "do a couple of katas", "write better tests".</summary>
    [GeneratedRegex(@"\b(?:some|more|a bit|a few|a couple|a handful|several|better|as much|as many)\b", Options)]
    internal static partial Regex OpenOutcome();

    /// <summary>"End to end", "cover to cover": a verb of working through something, given its finish line.</summary>
    [GeneratedRegex(@"\b(?:end to end|cover to cover|from start to finish|start to finish|all the way through|in full)\b", Options)]
    internal static partial Regex Whole();

    /// <summary>A named quality in a growth phrase: "be more confident", "get comfortable with".</summary>
    [GeneratedRegex(@"\b(?:confident|confidence|comfortable|familiar)\b", Options)]
    internal static partial Regex Quality();

    /// <summary>Reading or working through a work by name: "read Accelerate", "finish reading The Pragmatic Programmer".</summary>
    [GeneratedRegex(@"\b(?:read|reading|finish reading|work through|go through|follow|watch)\s(?:the )?(?<t>\p{L})", Options)]
    internal static partial Regex ReadWork();

    /// <summary>Where a purpose clause starts: what follows is the reason, not the goal ("learn React so I can build my portfolio").</summary>
    [GeneratedRegex(@"\b(?:so (?:that )?(?:i|we|he|she|they) (?:can|could|will|am able to)|so that|in order to)\b", Options)]
    internal static partial Regex PurposeStart();

    /// <summary>A total of hours with no rhythm, spread over the weeks to the deadline: "study 25 hours for the AZ-204 exam before our next session".</summary>
    [GeneratedRegex(@"\b(?:study|spend|put in|invest|log|give it|practise|practice|do)\s(?<n>\d{1,4}|ten|twenty|thirty|forty|fifty|sixty) (?:hours|hrs)\b(?! (?:a|per|each|every)\b)", Options)]
    internal static partial Regex TotalHours();

    /// <summary>The text says there is no time at all: "I have zero hours free", "no time for it".</summary>
    [GeneratedRegex(@"\b(?:zero|0) (?:hours|hrs|time)(?: (?:free|left|spare|available))?\b|\bno (?:hours|time) (?:free|left|spare|available|at all)\b", Options)]
    internal static partial Regex NoTime();

    /// <summary>Things about the person rather than things to do or make: "my personal brand", "better boundaries".</summary>
    [GeneratedRegex(@"\b(?:brand|skills?|skillset|skill set|career|confidence|mindset|knowledge|network|presence|reputation|boundaries|balance|health|wellbeing|habits?|stress|act together)\b", Options)]
    internal static partial Regex GenericObject();

    /// <summary>A result the sentence turns down: "I don't want to pass the CKA", "not going to do any certifications".</summary>
    [GeneratedRegex(@"\b(?:don't|do not|doesn't|won't|will not|not going to|no longer want to|never want to)\b(?: (?:want|need|plan|intend|have) to)?\s?[\p{L}' ]{0,12}$", Options)]
    internal static partial Regex NegatedBefore();

    /// <summary>A named exam with no verb, read as passing it: "AZ-900 by 27 March", "the CKAD exam", "Terraform cert".</summary>
    [GeneratedRegex(@"^(?:the )?(?:[a-z]{2,5}-\d{2,4}[a-z]?|cka|ckad|cks|ccna|ccnp|cissp|pmp|oscp|comptia [\p{L}+]{2,12}|(?:[\p{L}-]{2,20} ){1,3}(?:cert|certificate|certification|exam))\b", Options)]
    internal static partial Regex BareExam();

    /// <summary>"Every book I can find": every of an open set is no number.</summary>
    [GeneratedRegex(@"\b(?:every|all(?: the)?|each) [\p{L}-]{2,20} (?:i|you|we) (?:can|could) (?:find|get)\b|\bout there\b", Options)]
    internal static partial Regex OpenSet();

    /// <summary>"Every endpoint of the orders API", "each chapter of our style guide", "all 14 sections": a finite set named by its whole.</summary>
    [GeneratedRegex(@"\b(?:every|each|all(?: the)?|all \d{1,4}|both) (?:[\p{L}-]{2,20} ){0,2}(?:of|in|on|from|for) (?:the|our|my|its|this|their|a) ", Options)]
    internal static partial Regex FiniteSet();

    /// <summary>A number before any plural: "three pricing functions", "four payment services", "three times".</summary>
    [GeneratedRegex(@"(?<![-/])\b(?:\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a hundred|twice)\b"
        + @"(?: (?!(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|am|pm|who|that|of)\b)[\p{L}-]{2,20}){0,2}(?:s\b|\b(?<=twice))", Options)]
    internal static partial Regex PluralCount();

    /// <summary>Objects too general to check, whatever their amount: "stuff", "things", "something".</summary>
    [GeneratedRegex(@"\b(?:stuff|things?|something|anything|everything|whatever)\b", Options)]
    internal static partial Regex VagueThing();

    /// <summary>A definite thing: "the postmortem", "my manager", "our payment client" (not "my skills", "my career").</summary>
    [GeneratedRegex(@"\b(?:the|my|our|his|her|their|this|that|these|those)\s(?!(?:skills?|career|brand|stress|confidence|health|mental|wellbeing|knowledge|mindset|habits?|work|job|role|life|time|self|best|act|way|own|whole|next|last|first)\b)[\p{L}][\p{L}'-]{1,30}", Options)]
    internal static partial Regex DefiniteThing();

    /// <summary>A slot of the day or week that bounds a behaviour: "after lunch", "on weekdays", "at weekends".</summary>
    [GeneratedRegex(@"\b(?:after|before|during) (?:lunch|dinner|work|breakfast|stand-?ups?)\b|\b(?:on|at) (?:weekdays|weekends|school nights|workdays)\b|\bin bed\b"
        + @"|\b(?:in|at|during) (?:every |each |our |my |the )?(?:[\p{L}-]{2,20} ){0,2}(?:planning|stand-?ups?|retros?|retrospectives?|reviews?|1:1s?|one-to-ones?|discussions?|demos?|crits?)\b", Options)]
    internal static partial Regex Slot();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozen|a hundred|every|each|all|both|twice|once|thrice)\b", Options)]
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
        + @"|\b(?:before|at|by|for|in|host|run|organi[sz]e) the (?<event>january|february|march|april|may|june|july|august|september|october|november|december) (?:[\p{L}-]{1,20} ){0,3}(?:release|conference|meetup|launch|deadline|all-hands|review|summit|hackathon|retro|demo day|offsite)\b",
        Options)]
    internal static partial Regex RelativeDate();

    /// <summary>
    /// Days named by the context rather than the calendar: "today", "tomorrow", "by the 20th", "by Easter", "by the start
    /// of April", "the last day of April", "the second week of May", "halfway through the programme", "before our next
    /// session", "by the end of the quarter", "the Q2 all-hands", "next Monday", "by 03/04".
    /// </summary>
    [GeneratedRegex(@"\b(?<today>today|tonight)\b|\b(?<tomorrow>tomorrow)\b"
        + @"|\b(?:by|on|before|until|till) the (?<dom>\d{1,2})(?:st|nd|rd|th)\b(?! of)"
        + @"|\b(?:by|before|for|at|over|until) (?<easter>easter)\b"
        + @"|\b(?:by |before |from |at )?the (?<startof>start|beginning) of (?<smon>" + Months + @")\b"
        + @"|\bthe last day of (?<lmon>" + Months + @")\b"
        + @"|\bthe (?<wk>first|second|third|fourth|last) week of (?<wmon>" + Months + @")\b"
        + @"|\b(?<half>halfway|half-way|midway|half way) (?:through|into) (?:the|this|our|my) (?:thrive |mentoring )?(?:programme|program|mentorship|cohort)\b"
        + @"|\b(?<session>(?:before|by|at|for|until|in|ahead of) (?:our|my|the) next (?:mentoring |mentor )?(?:session|meeting|1:1|one-to-one)|before (?:our|my) (?:mentoring )?session)\b"
        + @"|\b(?:the )?end of (?:the |this )?(?<quarter>quarter)\b|\bend of (?<q>q[1-4])\b|\b(?:at|in|before|by|for) the (?<q>q[1-4]) [\p{L}-]{2,20}"
        + @"|\bnext (?<nwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        + @"|\b(?:by|on|before|until|till) (?<a>\d{1,2})/(?<b>\d{1,2})\b(?!/)", Options)]
    internal static partial Regex ContextDate();

    /// <summary>An event the goal is tied to whose date the text doesn't give: "before my performance review", "at KubeCon Europe".</summary>
    [GeneratedRegex(@"\b(?:before|at|after|by|for|in|when|until|once) (?:the |my |our |its |their )?(?:next |first |upcoming |annual |internal |company )?(?:[\p{L}-]{1,20} ){0,3}"
        + @"(?:review|reviews|tech day|conference|meetup|summit|all-hands|offsite|hackathon|release|launch|audit|auditors arrive|leave starts|reorg settles|reorg|cycle|retro|demo day|kick-?off|interviews?|deadline|opens|support ends|goes live|leave starts|role opens)\b"
        + @"|\bat (?:kubecon|devoxx|pycon|jsconf|re:invent|gophercon|rustconf|ndc|qcon|fosdem)\b", Options)]
    internal static partial Regex Event();

    /// <summary>A standing rule with no period: "after every presentation", "on school nights", "before 9:00", "after lunch", "twice in a row".</summary>
    [GeneratedRegex(@"\b(?:after|before|in|at|for|during|within) (?:every|each)\b|\bevery (?:pull request|pr|time|presentation|meeting|release|deploy|shift)\b"
        + @"|\b(?:on|at) (?:school nights|weekends|weekdays|workdays)\b|\b(?:after|before|by) \d{1,2}(?:[:.]\d{2}| ?(?:am|pm))\b|\bafter (?:lunch|dinner|work)\b"
        + @"|\bin a row\b|\bat lunchtime\b|\bevery (?:other|second|third) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", Options)]
    internal static partial Regex StandingRule();
}
