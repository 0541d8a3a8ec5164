using NewsBot.Dialogs.Conversation;
using NewsBot.Dialogs.Understanding;

namespace NewsBot.Dialogs.Answering;

/// <summary>Help, greetings and thanks: short, with examples from the articles in play.</summary>
public sealed class SmallTalkAnswer
{
    public Answer Answer(Turn turn)
    {
        var help = new HelpText(turn.Index);
        return turn.Reading.Ask switch
        {
            Ask.Greeting => help.Greeting(),
            Ask.Thanks => Conversation.Answer.Plain("You're welcome! Ask me another question, or type **help**."),
            _ => help.Help(),
        };
    }
}
