using System.Collections.Specialized;
using System.Text;
using WireMock;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace SubscriberSimulator.Hosting.Journal;

/// <summary>
/// Shapes each entry as WireMock.Net adds it to its journal, before anyone can read it: credentials
/// redacted (unless <see cref="SimulatorOptions.JournalKeepsCredentials"/>), bodies over
/// <see cref="SimulatorOptions.JournalBodyLimitBytes"/> cut to it. The journal's size is WireMock.Net's
/// own MaxRequestLogCount.
/// </summary>
internal sealed class JournalKeeper
{
    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization"];

    private readonly bool _redact;
    private readonly int _bodyLimit;

    public JournalKeeper(SimulatorOptions options)
    {
        _redact = !options.JournalKeepsCredentials;
        _bodyLimit = options.JournalBodyLimitBytes;
    }

    public void Attach(WireMockServer server) => server.LogEntriesChanged += OnChanged;

    private void OnChanged(object? sender, NotifyCollectionChangedEventArgs change)
    {
        if (change.Action != NotifyCollectionChangedAction.Add || change.NewItems is null)
        {
            return;
        }

        foreach (var item in change.NewItems)
        {
            if (item is LogEntry entry)
            {
                Shape(entry);
            }
        }
    }

    private void Shape(LogEntry entry)
    {
        if (_redact && entry.RequestMessage.Headers is { } headers)
        {
            foreach (var name in CredentialHeaders)
            {
                RedactHeader(headers, name);
            }
        }

        if (entry.RequestMessage.BodyAsBytes?.Length > _bodyLimit)
        {
            entry.RequestMessage = new TruncatedRequestMessage(entry.RequestMessage, _bodyLimit);
        }

        if (entry.ResponseMessage?.BodyData is { DetectedBodyType: BodyType.Bytes, BodyAsBytes: { } bytes })
        {
            entry.ResponseMessage = ReadableCopy(entry.ResponseMessage, bytes);
        }
    }

    /// <summary>
    /// Engines answer with bytes; the journal shows text bodies as text (cut to the limit). A copy:
    /// the response object is still to be written to the client.
    /// </summary>
    private IResponseMessage ReadableCopy(IResponseMessage response, byte[] bytes)
    {
        var text = response.Headers?.FirstOrDefault(header => header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } type
            && (type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
        var kept = bytes.Length > _bodyLimit ? bytes[.._bodyLimit] : bytes;
        return new ResponseMessage
        {
            StatusCode = response.StatusCode,
            Headers = response.Headers,
            TrailingHeaders = response.TrailingHeaders,
            FaultType = response.FaultType,
            FaultPercentage = response.FaultPercentage,
            BodyData = text
                ? new BodyData { BodyAsString = Encoding.UTF8.GetString(kept), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 }
                : new BodyData { BodyAsBytes = kept, DetectedBodyType = BodyType.Bytes },
        };
    }

    private static void RedactHeader(IDictionary<string, WireMockList<string>> headers, string name)
    {
        var key = headers.Keys.FirstOrDefault(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));
        if (key is not null)
        {
            headers[key] = new WireMockList<string>(headers[key].Select(CredentialRedactor.Redact));
        }
    }
}
