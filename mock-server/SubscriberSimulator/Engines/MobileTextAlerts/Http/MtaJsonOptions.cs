using System.Text.Encodings.Web;
using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Http;

/// <summary>
/// Writer settings for every MTA body: '+' in E.164 numbers and non-ASCII names are written as
/// themselves, as the provider does, instead of \u002B escapes. These bodies are JSON API
/// responses, never embedded in HTML, so the relaxed encoder is safe here.
/// </summary>
internal static class MtaJsonOptions
{
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
