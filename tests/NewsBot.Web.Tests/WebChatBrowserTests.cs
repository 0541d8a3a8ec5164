using NewsBot.Web.Tests.Infrastructure;

namespace NewsBot.Web.Tests;

/// <summary>
/// The web chat page end to end in headless Chromium (eng/setup/20-chromium.sh installs it,
/// eng/setup/21-node-tools.sh installs playwright-core): the page loads Web Chat from wwwroot,
/// talks to the host's Direct Line, and shows NewsBot's answers. Fails when any piece is missing.
/// </summary>
public sealed class WebChatBrowserTests : LoopbackHostTests
{
    [Fact]
    public async Task A_question_typed_or_clicked_in_the_page_is_answered()
    {
        var outcome = await WebChatPage.RunAsync(Host.Address, "webchat.png");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("web chat OK", outcome.Output);
    }
}
