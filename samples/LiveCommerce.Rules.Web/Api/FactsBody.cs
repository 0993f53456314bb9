using System.Buffers;
using LiveCommerce.Rules.Engine;
using Microsoft.AspNetCore.Http.Features;

namespace LiveCommerce.Rules.Web.Api;

/// <summary>Reads a JSON request body into memory, enforcing the configured size limit whatever the server.</summary>
internal static class FactsBody
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body, or the problem response that replaces it (415, 413, 400).</summary>
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Problem)> ReadAsync(HttpRequest request, long limit, ReportLanguage lang, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (default, ApiProblems.NotJson(lang));
        }

        if (request.ContentLength > limit)
        {
            return (default, ApiProblems.TooLarge(limit, lang));
        }

        // Kestrel enforces its own limit too; tighten it for this request where the server allows.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature
            && (sizeFeature.MaxRequestBodySize is null || sizeFeature.MaxRequestBodySize > limit))
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkSize, limit));
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (default, ApiProblems.TooLarge(limit, lang));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, ApiProblems.TooLarge(limit, lang));
        }
        catch (BadHttpRequestException)
        {
            return (default, ApiProblems.UnreadableBody(lang));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), null);
    }
}
