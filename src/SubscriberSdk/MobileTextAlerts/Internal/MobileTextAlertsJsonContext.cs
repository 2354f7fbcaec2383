using System.Text.Json.Serialization;
using SubscriberSdk.Internal.Json;
using SubscriberSdk.MobileTextAlerts.Generated.Models;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>
/// The Mobile Text Alerts models read and written with System.Text.Json source generation instead of kiota's
/// JSON (see <see cref="SubscriberSdk.Internal.Json.KiotaJsonModels"/>): the bulk chunks of up to 1000 records
/// and their answers, where kiota's per-field parse nodes were most of a chunk's client-side cost. The
/// primitives are the values free-form maps (custom fields, unknown fields) hold.
/// <see cref="Models"/> adds the converter of the composed <c>number</c>.
/// </summary>
[JsonSerializable(typeof(IEnumerable<SubscriberRequest>))]
[JsonSerializable(typeof(IEnumerable<BulkUpdateRequestRecord>))]
[JsonSerializable(typeof(BulkCreateSubscribersResponse))]
[JsonSerializable(typeof(BulkUpdateSubscribersResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
internal sealed partial class MobileTextAlertsJsonContext : JsonSerializerContext
{
    private static KiotaJsonModels? _models;

    /// <summary>Built on first use (after the generated <c>Default</c>); a race builds two equal instances, which is harmless.</summary>
    public static KiotaJsonModels Models => _models ??= new KiotaJsonModels(Default, new SubscriberNumberConverter());
}
