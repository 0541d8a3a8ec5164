using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Benchmarks;

/// <summary>The channel's side of the Bot Framework connector on loopback: takes the bot's replies, counts them, keeps none.</summary>
public static class CountingChannel
{
    public static async Task<WebApplication> StartAsync(Action delivered)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await reader.ReadToEndAsync();
            delivered();
            return Results.Json(new { id = "reply" });
        });
        await app.StartAsync();
        return app;
    }
}
