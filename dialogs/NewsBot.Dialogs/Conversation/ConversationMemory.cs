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
