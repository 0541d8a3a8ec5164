using System.Text;
using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Index;
using NewsBot.Dialogs.Understanding;
using static NewsBot.Dialogs.Conversation.Wording;

namespace NewsBot.Dialogs.Answering;

/// <summary>The replies every question about a person shares when the person is not one quoted speaker: several to choose from, only mentioned, no one.</summary>
public static class SpeakerReplies
{
    private const int MentionSentences = 3;

    /// <summary>"Park" could be Daniel Park or Grace Park: asks which, remembering the question for the reply.</summary>
    public static Answer AskWhich(Turn turn, Resolution.Ambiguous ambiguous)
    {
        var r = turn.Reading;
        turn.Memory.AskWhich(new PendingQuestion
        {
            Ask = r.Ask.ToString(), Topic = r.Topic, Content = r.Content, Medium = r.Medium,
            SpeakerKeys = ambiguous.Options.Select(o => o.Key).ToList(),
        });
        var options = ambiguous.Options.Select(QuoteFormatter.NameWithRole);
        return new Answer($"{QuoteFormatter.Quoted(Echo(ambiguous.Typed))} could be {JoinOr(options)}. Which one do you mean?",
            [], ambiguous.Options.Select(o => o.Speaker.Name).Distinct().ToList());
    }

    /// <summary>A known speaker of the article who is only mentioned: says so with the sentences that name them, and keeps the focus on them.</summary>
    public static Answer MentionedNotQuoted(Turn turn, SpeakerRef speaker)
    {
        turn.Memory.FocusOn(speaker);
        return MentionedOnly(turn, QuoteFormatter.NameWithRole(speaker), turn.Index.ArticlesInPlay == 1 ? "this article" : QuoteFormatter.Quoted(speaker.Article.Title),
            [(speaker.Article, [speaker.Speaker.Name, .. speaker.Speaker.Aliases])]);
    }

    /// <summary>A name only the article's text has (no speaker the engine knows): says where it stands, and keeps the focus on it.</summary>
    public static Answer MentionedInTextOnly(Turn turn, Resolution.OnlyInText inText)
    {
        turn.Memory.FocusOnMention(inText.Typed);
        return MentionedInText(turn, inText);
    }

    private static Answer MentionedInText(Turn turn, Resolution.OnlyInText inText) => MentionedOnly(turn,
        Markdown.Bold(AsName(inText.Typed)),
        turn.Index.ArticlesInPlay == 1 ? "this article" : JoinAnd(inText.Mentions.Select(m => QuoteFormatter.Quoted(m.Article.Title))),
        inText.Mentions.Select(m => (m.Article, (IReadOnlyList<string>)[inText.Typed])).ToList());

    /// <summary>"X is mentioned but not quoted", with the article's sentences that name them, in the same paragraph.</summary>
    private static Answer MentionedOnly(Turn turn, string who, string where, IReadOnlyList<(IndexedArticle Article, IReadOnlyList<string> Names)> mentions)
    {
        var sb = new StringBuilder($"{who} is mentioned but not quoted in {where}.");
        var passages = mentions
            .SelectMany(m => QuoteFormatter.SentencesNaming(m.Article.Article, m.Names, MentionSentences).Select(s => turn.Format.Passage(m.Article, s)))
            .Distinct().Take(MentionSentences).ToList();
        if (passages.Count > 0) sb.Append(passages.Count == 1 ? " The article mentions them here:" : " The article mentions them here:");
        foreach (var passage in passages) sb.Append("\n- ").Append(passage);
        sb.Append("\n\n").Append(QuotedPeopleHint(turn.Index).Trim());
        return Answer.Plain(sb.ToString());
    }

    public static Answer NoOneNamed(Turn turn, string? typed) => typed is null
        ? Answer.Plain("I'm not sure who you mean: ask about someone by name first, for example **who is quoted?**")
        : Answer.Plain($"No one named {Markdown.Bold(AsName(typed))} appears in {(turn.Index.ArticlesInPlay == 1 ? "this article" : "the articles I have")}.{QuotedPeopleHint(turn.Index)}");

    /// <summary>" The people quoted are A, B and C." (a few, the most quoted first).</summary>
    public static string QuotedPeopleHint(IQuoteIndex index)
    {
        var quoted = index.Speakers.Where(s => s.Speaker.IsQuoted).OrderByDescending(s => s.Speaker.QuoteCount)
            .Select(s => s.Speaker.Name).Distinct().Take(AnswerThresholds.MostSpeakers).ToList();
        return quoted.Count == 0 ? " I found no quotes to offer instead." : $" The people quoted are {JoinAnd(quoted.Select(Markdown.Escape))}.";
    }

    /// <summary>Who the question's speaker (a name, a description, a pronoun) is.</summary>
    public static Resolution Resolve(Turn turn) =>
        turn.Reading.Speaker is { } typed ? turn.People.Resolve(typed) : turn.People.ResolvePronoun(turn.Reading.PronounGender, turn.Memory);

    /// <summary>The person a question names, or the reply when that is not one person: the one place every question about a person goes through.</summary>
    public static bool TryFind(Turn turn, out Resolution.Found found, out Answer? reply)
    {
        var r = turn.Reading;
        found = null!;
        reply = null;
        switch (Resolve(turn))
        {
            case Resolution.Found f:
                found = f;
                return true;
            case Resolution.Ambiguous ambiguous:
                reply = AskWhich(turn, ambiguous);
                return false;
            case Resolution.OnlyInText inText:
                reply = MentionedInTextOnly(turn, inText);
                return false;
            default:
                reply = NoOneNamed(turn, r.Speaker);
                return false;
        }
    }

    /// <summary>" in this article", " in “A” and “B”".</summary>
    public static string InArticles(Turn turn, IReadOnlyList<SpeakerRef> speakers) =>
        turn.Index.ArticlesInPlay == 1 ? " in this article" : $" in {JoinAnd(speakers.Select(s => QuoteFormatter.Quoted(s.Article.Title)).Distinct())}";
}
