namespace NewsBot.Dialogs.Conversation;

/// <summary>
/// What one conversation remembers between turns (kept in ConversationState, so it never leaks
/// into another conversation). Plain settable properties: the state storage serialises it.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>Who "he", "she" or "they" means now.</summary>
    public string? LastSpeakerKey { get; set; }

    /// <summary>The quotes the last answer showed ("where did she say it?").</summary>
    public List<string> LastQuoteKeys { get; set; } = [];

    /// <summary>Quotes already shown per speaker key, so "what else" moves on.</summary>
    public Dictionary<string, List<string>> ShownBySpeaker { get; set; } = [];

    /// <summary>The rest of a long answer, for "more".</summary>
    public List<string> MoreQuoteKeys { get; set; } = [];

    /// <summary>A question waiting for the user to say which of several people they meant.</summary>
    public PendingQuestion? Pending { get; set; }

    public int Turns { get; set; }

    // ---- over a store of many articles (the keys are store article ids, so any bot instance sharing the store can continue) ----

    /// <summary>The articles the last answer read, so that follow-ups ("what else did she say?", "more", "which one?") read the same.</summary>
    public List<long> LastArticleIds { get; set; } = [];

    /// <summary>The one article questions are about ("use the article about ..."); null: all articles.</summary>
    public long? FocusArticleId { get; set; }

    /// <summary>Articles offered after "use the article about ...", waiting for the user to pick one.</summary>
    public List<long> ArticleChoices { get; set; } = [];

    /// <summary>Where "more" continues the list of articles ("which articles do you have?"); null when the last answer was no such list.</summary>
    public int? NextArticleListOffset { get; set; }

    /// <summary>A speaker quoted in more articles than one answer reads, for "more" to continue with the next of them.</summary>
    public SpeakerPaging? MoreFromSpeaker { get; set; }
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
    public string Intent { get; set; } = "";
    public string? Topic { get; set; }
    public string? Medium { get; set; }
    public List<string> SpeakerKeys { get; set; } = [];
}

/// <summary>What the bot keeps about a user across conversations: only counts, nothing they typed.</summary>
public sealed class UserProfile
{
    public int QuestionsAsked { get; set; }
}
