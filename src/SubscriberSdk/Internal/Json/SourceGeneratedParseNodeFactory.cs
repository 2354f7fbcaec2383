using Microsoft.Kiota.Abstractions.Serialization;

namespace SubscriberSdk.Internal.Json;

/// <summary>
/// Kiota's JSON parse node factory with a front door: the answer's bytes are kept whole, and the root node
/// reads a model the provider's context lists with System.Text.Json; anything else falls through to kiota's node.
/// </summary>
internal sealed class SourceGeneratedParseNodeFactory(KiotaJsonModels models, IParseNodeFactory kiota) : IParseNodeFactory
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public string ValidContentType => KiotaJsonModels.ContentType;

    public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The pipeline buffered the body inside the attempt, so this copies memory; the node outlives the stream.
        using var buffer = new MemoryStream(content.CanSeek ? (int)Math.Max(0, content.Length - content.Position) : 0);
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var json = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        // System.Text.Json reads bytes without a byte order mark; kiota's JsonDocument skips one, so this does too.
        if (json.Span.StartsWith(Utf8ByteOrderMark))
        {
            json = json[Utf8ByteOrderMark.Length..];
        }

        return new SourceGeneratedParseNode(models, kiota, contentType, json);
    }
}
