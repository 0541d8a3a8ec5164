using System.Text.RegularExpressions;

namespace NewsBot.Dialogs.Language;

/// <summary>
/// Reads a question as an intent with slots: an ordered list of patterns over the folded text,
/// most specific first, the first that fits wins.
/// </summary>
public static partial class Recognizer
{
    private const string SayVerbs = "say|said|says|tweet|tweeted|tell|told|write|wrote|claim|claimed|state|stated|mention|mentioned|add|added|think|thought|announce|announced|post|posted|argue|argued|declare|declared|comment|commented|predict|predicted|warn|warned|suggest|suggested|call|called|describe|described|insist|insisted|explain|explained|report|reported";

    /// <summary>
    /// Words that may follow the verb without being part of the name ("say to reporters"). Anything
    /// else makes the name run on, so "what did a new report by Politico say" names the report.
    /// </summary>
    private const string Tail = @"(?: (?:to|at|during|when|while|after|before|yesterday|today|last|this|that|exactly|there|here|in (?:the|this) (?:article|story)).*)?";

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "him", "her", "them", "it", "his", "hers", "this person", "that person", "the speaker",
        "this speaker", "that speaker", "he or she", "she or he", "this", "that", "this guy", "that guy", "this one", "that one",
    };

    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal)
    {
        "there", "here", "in this article", "in the article", "in the story", "in this story", "there in this article", "in total", "in all", "quoted", "total",
    };

    public static Intent Recognize(string question)
    {
        var cleaned = Clean(question);
        var text = cleaned.Text;
        if (text.Length == 0) return new Intent(IntentKind.Unknown, Fragment: "");
        var result = RecognizeFolded(text);
        // Slots come back in the user's own spelling and case (names are shown back to them).
        return result with
        {
            Name = result.Name is { Length: > 0 } name ? cleaned.Original(name, text) : result.Name,
            Fragment = result.Fragment is { Length: > 0 } fragment ? cleaned.Original(fragment, text) : result.Fragment,
            Topic = result.Topic is { Length: > 0 } topic ? cleaned.Original(topic, text) : result.Topic,
        };
    }

    private static Intent RecognizeFolded(string text)
    {
        if (HelpPattern().IsMatch(text)) return new Intent(IntentKind.Help);
        if (GreetingPattern().IsMatch(text)) return new Intent(IntentKind.Greeting);
        if (ThanksPattern().IsMatch(text)) return new Intent(IntentKind.Thanks);
        if (MorePattern().IsMatch(text)) return new Intent(IntentKind.More);

        Match m;
        if ((m = WhatElsePattern().Match(text)).Success)
            return new Intent(IntentKind.WhatElse, NameOrBack(m.Groups["name"].Value), Topic: Optional(m.Groups["topic"]));
        if ((m = HowManyPattern().Match(text)).Success)
            return HowMany(m.Groups["what"].Value, Optional(m.Groups["name"]));
        if ((m = WherePattern().Match(text)).Success)
            return new Intent(IntentKind.WhereSaid, NameOrBack(m.Groups["name"].Value));
        if (WhoQuotedPattern().IsMatch(text)) return new Intent(IntentKind.WhoQuoted);
        if ((m = WhoMediumPattern().Match(text)).Success)
        {
            var rest = m.Groups["rest"].Value.Trim();
            var medium = MediumDetector.FromWords(m.Groups["verb"].Value);
            if (rest.Length == 0) return new Intent(IntentKind.WhoUsedMedium, Medium: medium);
            if ((m = AboutPattern().Match(rest)).Success) return new Intent(IntentKind.WhoTalkedAbout, Topic: m.Groups["topic"].Value, Medium: medium);
            return new Intent(IntentKind.WhoSaid, Fragment: StripThat(rest), Medium: medium);
        }
        if ((m = WhoTalkedPattern().Match(text)).Success) return new Intent(IntentKind.WhoTalkedAbout, Topic: m.Groups["topic"].Value);
        if ((m = WhoSaidPattern().Match(text)).Success) return new Intent(IntentKind.WhoSaid, Fragment: StripThat(m.Groups["fragment"].Value));
        if ((m = WhoIsPattern().Match(text)).Success)
            return new Intent(IntentKind.WhoIs, NameOrBack(new[] { "name2", "name3", "name" }.Select(g => m.Groups[g]).First(g => g.Success && g.Length > 0 || g.Name == "name").Value));
        if ((m = WhatSaidPattern().Match(text)).Success)
            return new Intent(IntentKind.WhatSaid, NameOrBack(m.Groups["name"].Value), Topic: Optional(m.Groups["topic"]),
                Medium: MediumDetector.FromWords(m.Groups["verb"].Value));
        if ((m = QuotesByPattern().Match(text)).Success)
            return new Intent(IntentKind.WhatSaid, NameOrBack(m.Groups["name"].Value), Topic: Optional(m.Groups["topic"]));
        if ((m = QuotedTextPattern().Match(text)).Success) return new Intent(IntentKind.WhoSaid, Fragment: m.Groups["fragment"].Value);
        return new Intent(IntentKind.Unknown, Fragment: text);
    }

    /// <summary>The question folded for matching, with the way back to the user's own characters.</summary>
    public sealed record CleanText(string Text, string Source, int[] Origin)
    {
        /// <summary>The user's original characters for a piece of <see cref="Text"/> (the piece itself if not found).</summary>
        public string Original(string piece, string within)
        {
            int at = within.IndexOf(piece, StringComparison.Ordinal);
            if (at < 0 || piece.Length == 0) return piece;
            int start = Origin[at], end = Origin[at + piece.Length - 1] + 1;
            return Source[start..end].Trim();
        }
    }

    /// <summary>Folded, single-spaced, without trailing punctuation or a polite lead-in.</summary>
    public static CleanText Clean(string question)
    {
        var text = new System.Text.StringBuilder();
        var origin = new List<int>();
        for (int i = 0; i < question.Length; i++)
        {
            var folded = Words.Fold(question[i].ToString());
            foreach (var c in folded)
            {
                bool space = char.IsWhiteSpace(c);
                if (space && (text.Length == 0 || text[^1] == ' ')) continue;
                text.Append(space ? ' ' : c);
                origin.Add(i);
            }
        }
        int end = text.Length;
        while (end > 0 && "?!. ;,".Contains(text[end - 1])) end--;
        int start = 0;
        var leadIn = PoliteLeadIn().Match(text.ToString(0, end));
        if (leadIn.Success) start = leadIn.Length;
        while (start < end && text[start] == ' ') start++;
        return new CleanText(text.ToString(start, end - start), question, origin.Skip(start).Take(end - start).ToArray());
    }

    private static Intent HowMany(string what, string? name) =>
        what.StartsWith("quot", StringComparison.Ordinal) || what.StartsWith("statement", StringComparison.Ordinal) || what == "times"
            ? new Intent(IntentKind.HowManyQuotes, name is null || NotAName.Contains(name) ? "" : NameOrBack(name))
            : new Intent(IntentKind.HowManySpeakers, "");

    private static string? NameOrBack(string name)
    {
        var trimmed = name.Trim().Trim('"', '\'').Trim();
        return trimmed.Length == 0 || Pronouns.Contains(trimmed) ? null : trimmed;
    }

    private static string? Optional(Group group) => group.Success && group.Value.Trim().Length > 0 ? group.Value.Trim() : null;

    private static string StripThat(string fragment)
    {
        var f = fragment.Trim();
        if (f.StartsWith("that ", StringComparison.Ordinal)) f = f[5..];
        return f.Trim().Trim('"', '\'', ':', ',').Trim();
    }

    [GeneratedRegex(@"^(?:(?:hey|hi|ok|okay|so|and|well|please|bot|newsbot)[,]? )*(?:(?:can|could|would) you (?:please )?(?:tell me|say|show me|find out)?|please tell me|tell me|i (?:want|would like|'d like) to know|do you know)? ?")]
    private static partial Regex PoliteLeadIn();
    [GeneratedRegex(@"^(?:/?help|\?|commands|menu|options|usage|what can (?:i|you) (?:ask|do|say)(?: you| here)?|what do you do|how does this work|how do i use this|what are you|who are you|what questions can i ask)$")]
    private static partial Regex HelpPattern();
    [GeneratedRegex(@"^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|hi there|hello there)$")]
    private static partial Regex GreetingPattern();
    [GeneratedRegex(@"^(?:thanks|thank you|thx|ty|cheers|great|cool|ok|okay|nice|got it)(?: (?:a lot|very much|so much))?$")]
    private static partial Regex ThanksPattern();
    [GeneratedRegex(@"^(?:more|next|show more|more please|tell me more|continue|go on|keep going|and|anything else|any more|more quotes|next page|show me more)$")]
    private static partial Regex MorePattern();
    [GeneratedRegex(@"^(?:and )?what else (?:did|does|has|have|do|had|was|is) (?<name>.+?) (?:" + SayVerbs + @"|saying|got to say|have to say)(?: (?:about|on|regarding|concerning) (?<topic>.+))?(?: .*)?$")]
    private static partial Regex WhatElsePattern();
    [GeneratedRegex(@"^how many (?<what>quotes?|quotations?|statements?|times|people|speakers?|persons?|sources?|individuals?|voices?|names?|officials?)(?: (?:are|is|were|was|did|does|has|have|do))?(?: (?<name>.+?))?(?: (?:say|said|quoted|cited|speak|spoke|there|in (?:this|the) (?:article|story)|get|got|make|made|have|has))*$")]
    private static partial Regex HowManyPattern();
    [GeneratedRegex(@"^(?:where|how|in what way|on what|through what|through which \w+|via what|in which \w+|what (?:medium|channel|platform|venue)) (?:did|does|do|was|were|has|had|is) (?<name>.+?) (?:" + SayVerbs + @"|quoted|make|made|give|gave|share|shared|publish|published)(?: .*)?$")]
    private static partial Regex WherePattern();
    [GeneratedRegex(@"^(?:who(?:m)?|which (?:people|persons|speakers|officials|sources)|what (?:people|persons|speakers|sources))(?: (?:is|are|was|were|got|gets|has been|have been|did (?:they|you|it|the article)|does (?:it|the article)))? (?:quoted|cited|quote|cite)\b.*$|^(?:list|show|name|give)(?: me)?(?: all)?(?: of)?(?: the)? (?:speakers|people|sources|quoted people|people quoted|everyone quoted|quotes)(?: quoted| in .*)?$|^(?:who (?:speaks|spoke|talks|talked|is speaking|are the (?:speakers|sources|people quoted))|who(?:'s| is| was| are) in (?:the|this) (?:article|story))(?: in (?:the|this) (?:article|story))?$")]
    private static partial Regex WhoQuotedPattern();
    [GeneratedRegex(@"^who (?:else )?(?<verb>tweeted|tweets|posted on (?:twitter|x|facebook|instagram)|wrote on (?:twitter|x|facebook)|said on (?:twitter|x|facebook|television|tv)|posted|issued (?:a )?statements?|gave (?:an )?interviews?|said in (?:a|an) (?:statement|interview|press conference|briefing|speech)|told reporters|spoke to reporters|wrote)\b(?<rest>.*)$")]
    private static partial Regex WhoMediumPattern();
    [GeneratedRegex(@"^(?:anything |something |things )?(?:about|on|regarding|concerning) (?<topic>.+)$")]
    private static partial Regex AboutPattern();
    [GeneratedRegex(@"^who (?:else )?(?:(?:talked|talks|spoke|speaks|commented|comments|spoke out|was talking|is talking|has talked|has spoken) (?:about |on |of |regarding |concerning |against |for )?|(?:said|says|mentioned|stated|claimed|wrote|tweeted) (?:anything|something|things|stuff) (?:about |on |regarding |concerning )|(?:mentioned|mentions|discussed|discusses|addressed|addresses|raised|brought up|referred to|was asked about|weighed in on|warned about|warned of) )(?<topic>.+)$")]
    private static partial Regex WhoTalkedPattern();
    [GeneratedRegex(@"^(?:who (?:else )?(?:said|says|has said|had said|stated|states|claimed|claims|told|wrote|writes|declared|added|argued|remarked|insisted|called|described|warned|predicted|suggested|promised|announced|asked|is quoted (?:as )?saying|was quoted (?:as )?saying|is saying|was saying)|whose (?:words|quote|line|statement) (?:is|are|was|were)|who(?:'s| is) (?:the source of|behind|the author of)|who do(?:es)? (?:the|this) (?:quote|line|statement) come from,?|which (?:person|speaker|official) said)[:,]?(?: that)?[:,]? (?<fragment>.+)$")]
    private static partial Regex WhoSaidPattern();
    [GeneratedRegex(@"^(?:who(?:'s| is| was| are| were)|tell me (?:more )?about|what(?:'s| is) (?:the )?(?:role|job|title|position) of|what (?:role|job|title|position) (?:does|did|do) (?<name2>.+?) (?:have|hold|play)|what does (?<name3>.+?) do|describe|who exactly is|more about|about|info on|information (?:on|about)) ?(?<name>.*?)(?: exactly)?$")]
    private static partial Regex WhoIsPattern();
    [GeneratedRegex(@"^(?:what|which things?|anything) (?:else )?(?:did|does|has|have|do|had|was|were|is|are) (?<name>.+?) (?<verb>" + SayVerbs + @"|saying|got to say|have to say|to say)(?: (?:about|on|regarding|concerning|of|in) (?<topic>.+))?" + Tail + @"$|^did (?<name>.+?) (?<verb>" + SayVerbs + @") (?:anything|something)(?: (?:about|on|regarding|concerning) (?<topic>.+))?$|^what(?:'s| is| was) (?<name>.+?) (?<verb>saying|said|quoted as saying|quoted saying)(?: (?:about|on|regarding) (?<topic>.+))?$")]
    private static partial Regex WhatSaidPattern();
    [GeneratedRegex(@"^(?:(?:show|give|list|find|get)(?: me)?(?: all)?(?: the)? )?(?:quotes?|quotations?|statements?|words|comments?|remarks?) (?:by|from|of|attributed to) (?<name>.+?)(?: (?:about|on|regarding) (?<topic>.+))?$|^what (?:are|were|was|is) (?<name>.+?)(?:'s|s') (?:quotes?|words|statements?|comments?|remarks?)(?: (?:about|on|regarding) (?<topic>.+))?$|^(?<name>.+?)(?:'s|s') (?:quotes?|words|statements?|comments?|remarks?)(?: (?:about|on|regarding) (?<topic>.+))?$")]
    private static partial Regex QuotesByPattern();
    [GeneratedRegex("\"(?<fragment>[^\"]{3,})\"")]
    private static partial Regex QuotedTextPattern();
}
