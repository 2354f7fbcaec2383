using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Admin.Matching;

/// <summary>A request body decoded at most once per match, as text and as JSON.</summary>
internal sealed class RequestBodyView
{
    private readonly byte[] _bytes;
    private string? _text;
    private JsonNode? _json;
    private bool _parsed;
    private bool _valid;

    public RequestBodyView(byte[] bytes)
    {
        _bytes = bytes;
    }

    public string Text => _text ??= Encoding.UTF8.GetString(_bytes);

    public bool TryGetJson(out JsonNode? json)
    {
        if (!_parsed)
        {
            _parsed = true;
            try
            {
                _json = _bytes.Length == 0 ? null : JsonNode.Parse(_bytes);
                _valid = _bytes.Length > 0;
            }
            catch (JsonException)
            {
                _valid = false;
            }
        }

        json = _json;
        return _valid;
    }
}
