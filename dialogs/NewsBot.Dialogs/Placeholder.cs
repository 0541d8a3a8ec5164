namespace NewsBot.Dialogs; public sealed class Placeholder { }
