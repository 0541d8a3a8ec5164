namespace NewsBot.Dialogs.Language;

public enum IntentKind
{
    Unknown, Help, Greeting, Thanks, More,
    WhoSaid, WhatSaid, WhatElse, WhoIs, WhoQuoted, WhoTalkedAbout, WhoUsedMedium, WhereSaid,
    HowManyQuotes, HowManySpeakers,
}

/// <summary>
/// What the user asked, with its slots. <see cref="Name"/> is null when the question refers back
/// ("he", "she", "they") to the speaker of the conversation so far.
/// </summary>
public sealed record Intent(IntentKind Kind, string? Name = null, string? Fragment = null, string? Topic = null, string? Medium = null)
{
    public bool RefersBack => Name is null;
}
