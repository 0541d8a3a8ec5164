using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Net.Http.Headers;
using NewsBot.Web.BotFramework;
using Newtonsoft.Json;

namespace NewsBot.Web.DirectLine;

/// <summary>
/// Reads a Direct Line upload (multipart/form-data: an "activity" part and "file" parts) part by
/// part, never holding more than the limits allow: the whole body is bounded before and while it
/// is read, so a 100 MB upload is refused (413) after at most the limit has been read.
/// </summary>
public static class DirectLineUpload
{
    public static async Task<IncomingActivity> ReadAsync(HttpContext http, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var request = http.Request;
        long bodyLimit = options.MaxUploadBytes + options.MaxActivityBytes + 64 * 1024;
        var tooLarge = IncomingActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"The upload is over the {options.MaxUploadBytes / (1024 * 1024.0):0.#} MB limit for files.");
        if (request.ContentLength > bodyLimit) return tooLarge;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = bodyLimit;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return IncomingActivity.BadRequest("An upload is multipart/form-data with an \"activity\" part and \"file\" parts.");

        Activity? activity = null;
        var files = new List<Attachment>();
        long fileBytes = 0;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
                var name = disposition?.Name.Value?.Trim('"');
                if (name == "activity")
                {
                    var json = await ReadBoundedAsync(section.Body, options.MaxActivityBytes, cancellationToken);
                    if (json is null) return IncomingActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {options.MaxActivityBytes} bytes.");
                    activity = ParseActivity(json);
                    if (activity is null) return IncomingActivity.BadRequest("The \"activity\" part is not a valid activity.");
                    continue;
                }
                var content = await ReadBoundedAsync(section.Body, options.MaxUploadBytes - fileBytes, cancellationToken);
                if (content is null) return tooLarge;
                fileBytes += content.Length;
                var contentType = string.IsNullOrWhiteSpace(section.ContentType) ? "application/octet-stream" : section.ContentType;
                var fileName = (disposition?.FileNameStar.Value ?? disposition?.FileName.Value)?.Trim('"');
                files.Add(new Attachment(contentType, $"data:{contentType};base64,{Convert.ToBase64String(content)}", name: fileName));
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return IncomingActivity.BadRequest($"The upload could not be read: {e.Message}");
        }
        if (activity is null) return IncomingActivity.BadRequest("The upload has no \"activity\" part.");
        if (files.Count == 0) return IncomingActivity.BadRequest("The upload has no files.");
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = files;
        // The sender may come from the upload's userId instead (the caller checks that).
        return IncomingActivityReader.Check(activity, requireSender: false);
    }

    private static Activity? ParseActivity(byte[] json)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(json))) { MaxDepth = 64 };
            return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task<byte[]?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken) =>
        NewsBot.Ingest.Sizes.ReadBoundedAsync(stream, maxBytes, cancellationToken);
}
