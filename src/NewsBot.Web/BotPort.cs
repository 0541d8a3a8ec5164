namespace NewsBot.Web;

public static class BotPort
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Bot Framework tools (Emulator, Agents Playground) look for a local bot on port 3978. This is
    /// set in code, not as "Urls" in appsettings.json, because appsettings.json would override
    /// ASPNETCORE_URLS; here anything configured (--urls, URLS, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS,
    /// Kestrel:Endpoints) wins.
    /// </summary>
    public static void ListenOnBotPortUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(DefaultUrl);
    }
}
