using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Language;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>
/// A question no request word explains: tried as a name ("Kirby?", "Kirby on the call?"), then as
/// words to find in the quotes, then, when it looks like a name, said to be no one here; only then
/// answered with a short note of what can be asked.
/// </summary>
public sealed class UnrecognisedAnswer
{
    private const int MostNameWords = 4;

    public Answer Answer(Turn turn)
    {
        var r = turn.Reading;
        if (r.Speaker is { } name && Words.Tokens(name).Count <= MostNameWords
            && turn.Index.FindSpeakers(name) is { Count: > 0 } names && names[0].Score >= AnswerThresholds.NameAlone)
            return new SpeakerQuotesAnswer().Answer(turn.With(r with { Ask = Ask.WhatSaid }));
        var words = r.Content ?? r.Text;
        if (Words.Keys(words).Count >= 2
            && turn.Index.FindQuotes(words, 1, turn.Cancellation) is [var best] && best.Score >= AnswerThresholds.WordsAlone)
            return new WhoSaidAnswer().Answer(turn.With(r with { Ask = Ask.WhoSaid, Content = words, Topic = null, Speaker = null }));
        // "ferry tolls": a few words in lower case may be a topic the quotes are about.
        if (!words.Any(char.IsUpper) && Words.Keys(words).Count > 0 && turn.Index.FindQuotesAbout(words, 1, turn.Cancellation).Count > 0)
            return new WhoSaidAnswer().Answer(turn.With(r with { Ask = Ask.WhoSaid, Topic = words, Content = null, Speaker = null, Several = true }));
        // "Smith?": a name the articles do not know is said to be no one here (or only mentioned), not a puzzle.
        if (r.Speaker is { } typed && LooksLikeAName(typed))
        {
            switch (turn.People.Resolve(typed))
            {
                case Resolution.OnlyInText inText: return SpeakerReplies.MentionedInTextOnly(turn, inText);
                case Resolution.NotFound: return SpeakerReplies.NoOneNamed(turn, typed);
            }
        }
        return new HelpText(turn.Index).NotUnderstood();
    }

    /// <summary>One or two words (three when capitalised), each of letters and none a common word: what a name typed alone looks like.</summary>
    private static bool LooksLikeAName(string text)
    {
        var tokens = Words.Tokens(text);
        return tokens.Count is > 0 and <= 3 && (tokens.Count <= 2 || text.Any(char.IsUpper)) && tokens.All(t => t.Length >= 2 && t.All(c => char.IsLetter(c) || c is '\'' or '-' or '.') && !Words.IsStopWord(t) && !NotNames.Contains(t));
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "yes", "no", "ok", "okay", "sure", "please", "thanks", "more", "else", "hmm", "why", "really", "what", "huh" };
}
