using NewsBot.Quotes;
using Newtonsoft.Json;

namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// What one conversation remembers between turns (kept in ConversationState, so it never leaks
/// into another conversation). It changes only through its methods; the state storage reads and
/// writes the private setters through their [JsonProperty] marks.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>Most speakers remembered for "he"/"she": enough for two or three people in play.</summary>
    public const int RememberedSpeakers = 4;

    /// <summary>Most quote keys remembered in one list: state stays small, whatever an article holds ("more" pages through these).</summary>
    public const int RememberedQuotes = 200;

    /// <summary>The speakers answers settled on, the latest first (for "he", "she", "they").</summary>
    [JsonProperty] public List<FocusedSpeaker> Focus { get; private set; } = [];

    /// <summary>The quotes the last answer showed ("where did she say it?", "did she really say that?").</summary>
    [JsonProperty] public List<string> LastQuoteKeys { get; private set; } = [];

    /// <summary>Quotes already shown per speaker key, so "what else" moves on.</summary>
    [JsonProperty] public Dictionary<string, List<string>> ShownBySpeaker { get; private set; } = [];

    /// <summary>The rest of a long answer, for "more".</summary>
    [JsonProperty] public List<string> MoreQuoteKeys { get; private set; } = [];

    /// <summary>A question waiting for the user to say which of several people they meant.</summary>
    [JsonProperty] public PendingQuestion? Pending { get; private set; }

    /// <summary>The question last answered, for "and Trump?" and "who else?".</summary>
    [JsonProperty] public LastQuestion? Last { get; private set; }

    [JsonProperty] public int Turns { get; private set; }

    // ---- over a store of many articles (the keys are store article ids, so any bot instance sharing the store can continue) ----

    /// <summary>The articles the last answer read, so that follow-ups ("what else did she say?", "more", "which one?") read the same.</summary>
    [JsonProperty] public List<long> LastArticleIds { get; private set; } = [];

    /// <summary>The one article questions are about ("use the article about ..."); null: all articles.</summary>
    [JsonProperty] public long? FocusArticleId { get; private set; }

    /// <summary>Articles offered after "use the article about ...", waiting for the user to pick one.</summary>
    [JsonProperty] public List<long> ArticleChoices { get; private set; } = [];

    /// <summary>Where "more" continues the list of articles ("which articles do you have?"); null when the last answer was no such list.</summary>
    [JsonProperty] public int? NextArticleListOffset { get; private set; }

    /// <summary>A speaker quoted in more articles than one answer reads, for "more" to continue with the next of them.</summary>
    [JsonProperty] public SpeakerPaging? MoreFromSpeaker { get; private set; }

    public void CountTurn() => Turns++;

    // ---- who the conversation is about -------------------------------------------------------

    /// <summary>The key prefix of a person the articles name but the engine knows as no speaker ("Lena Ortiz is mentioned but not quoted").</summary>
    public const string MentionPrefix = "mention:";

    /// <summary>An answer settled on this speaker: "he"/"she"/"they" now mean them first. An organisation or a group is never "he" or "she".</summary>
    public void FocusOn(string speakerKey, Gender gender, bool person = true)
    {
        Focus.RemoveAll(f => f.Key == speakerKey);
        Focus.Insert(0, new FocusedSpeaker { Key = speakerKey, Gender = gender, Turn = Turns, NotAPerson = !person });
        if (Focus.Count > RememberedSpeakers) Focus.RemoveRange(RememberedSpeakers, Focus.Count - RememberedSpeakers);
    }

    public void FocusOn(Index.SpeakerRef speaker) => FocusOn(speaker.Key, speaker.Speaker.Gender, speaker.Speaker.Kind == SpeakerKind.Person);

    /// <summary>An answer was about someone the articles only name in passing: "she" may mean them next.</summary>
    public void FocusOnMention(string typedName) => FocusOn(MentionPrefix + typedName.Trim(), Gender.Unknown);

    /// <summary>
    /// Who a pronoun of this gender may mean, the likeliest first: the answers latest first, and within one
    /// answer those of that gender before those of unknown gender; one of the other gender only when no one else
    /// is in focus (the gender is the engine's guess from the article: "who is he?" after the one person just
    /// answered means them), never an organisation for "he" or "she". "They" may mean anyone, the latest first.
    /// </summary>
    public IEnumerable<string> FocusCandidates(Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            foreach (var f in Focus) yield return f.Key;
            yield break;
        }
        foreach (var turn in Focus.GroupBy(f => f.Turn).OrderByDescending(g => g.Key))
        {
            foreach (var f in turn.Where(f => f.Gender == gender)) yield return f.Key;
            foreach (var f in turn.Where(f => f.Gender == Gender.Unknown && !f.NotAPerson)) yield return f.Key;
        }
        if (Focus.Where(f => !f.NotAPerson).Select(f => f.Key).Distinct().ToList() is [var only]) yield return only;
    }

    /// <summary>The speaker the conversation is on, or null.</summary>
    public string? FocusedSpeakerKey => Focus.Count > 0 ? Focus[0].Key : null;

    // ---- what was shown ----------------------------------------------------------------------

    /// <summary>An answer showed these quotes; <paramref name="rest"/> is what "more" goes on with.</summary>
    public void Showed(IEnumerable<string> shown, IEnumerable<string> rest)
    {
        LastQuoteKeys = shown.Take(RememberedQuotes).ToList();
        MoreQuoteKeys = rest.Take(RememberedQuotes).ToList();
    }

    /// <summary>Which of these quotes the last answer showed, in the order it showed them (the first is what "that" means).</summary>
    public List<Index.QuoteRef> LastShownOf(IEnumerable<Index.QuoteRef> quotes)
    {
        var byKey = quotes.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First());
        return LastQuoteKeys.Select(byKey.GetValueOrDefault).OfType<Index.QuoteRef>().ToList();
    }

    /// <summary>The quotes of this speaker already shown (nothing when <paramref name="fresh"/>: a new question starts again).</summary>
    public IReadOnlyList<string> ShownOf(string speakerKey, bool fresh)
    {
        if (fresh) ShownBySpeaker.Remove(speakerKey);
        return ShownBySpeaker.TryGetValue(speakerKey, out var shown) ? shown : [];
    }

    public void MarkShown(string speakerKey, IEnumerable<string> quoteKeys)
    {
        if (!ShownBySpeaker.TryGetValue(speakerKey, out var shown)) ShownBySpeaker[speakerKey] = shown = [];
        foreach (var key in quoteKeys)
            if (!shown.Contains(key) && shown.Count < RememberedQuotes) shown.Add(key);
    }

    // ---- questions ---------------------------------------------------------------------------

    public void Answered(LastQuestion question) => Last = question;

    public void AskWhich(PendingQuestion question) => Pending = question;

    /// <summary>The question waiting for a choice, taken: a reply either answers it or moves on.</summary>
    public PendingQuestion? TakePending()
    {
        var pending = Pending;
        Pending = null;
        return pending;
    }

    // ---- articles ----------------------------------------------------------------------------

    public void ReadArticles(IEnumerable<long> ids) => LastArticleIds = ids.ToList();

    public void OfferArticles(IEnumerable<long> ids) => ArticleChoices = ids.ToList();

    public List<long> TakeArticleChoices()
    {
        var choices = ArticleChoices;
        ArticleChoices = [];
        return choices;
    }

    public void ListedArticles(int? nextOffset) => NextArticleListOffset = nextOffset;

    public int? TakeArticleListOffset()
    {
        var next = NextArticleListOffset;
        NextArticleListOffset = null;
        return next;
    }

    public void PageSpeaker(SpeakerPaging? paging) => MoreFromSpeaker = paging;

    /// <summary>Questions are about this one article now (null: all articles); what pointed into the others is forgotten.</summary>
    public void FocusArticle(long? id)
    {
        FocusArticleId = id;
        MoreQuoteKeys = [];
        LastQuoteKeys = [];
        Pending = null;
        MoreFromSpeaker = null;
        LastArticleIds = [];
    }
}

/// <summary>A speaker an answer settled on, with the gender the article shows.</summary>
public sealed class FocusedSpeaker
{
    public string Key { get; set; } = "";
    public Gender Gender { get; set; }

    /// <summary>The turn whose answer named them: within one answer, gender decides; across answers, the latest.</summary>
    public int Turn { get; set; }

    /// <summary>An organisation or a group: "they" or "it", never "he" or "she".</summary>
    public bool NotAPerson { get; set; }
}

/// <summary>The question last answered: enough to ask it again about someone else.</summary>
public sealed class LastQuestion
{
    public string Ask { get; set; } = "";
    public string? Topic { get; set; }
    public string? Content { get; set; }
    public string? Medium { get; set; }
    public string? Verb { get; set; }

    /// <summary>The speakers the answer named, so "who else" leaves them out.</summary>
    public List<string> SpeakerKeys { get; set; } = [];
}

public sealed class SpeakerPaging
{
    /// <summary>The name as the user typed it: the same search again gives the same ranking.</summary>
    public string Name { get; set; } = "";

    /// <summary>How many of the speaker's ranked articles were read so far.</summary>
    public int NextArticle { get; set; }

    public int TotalArticles { get; set; }
}

public sealed class PendingQuestion
{
    /// <summary>The request (an <see cref="Understanding.Ask"/> name) to answer once the person is chosen.</summary>
    public string Ask { get; set; } = "";
    public string? Topic { get; set; }
    public string? Content { get; set; }
    public string? Medium { get; set; }
    public List<string> SpeakerKeys { get; set; } = [];
}

/// <summary>What the bot keeps about a user across conversations: only counts, nothing they typed.</summary>
public sealed class UserProfile
{
    public int QuestionsAsked { get; set; }
}
