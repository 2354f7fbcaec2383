using System.Text.Json;
using System.Text.Json.Nodes;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Core.State;

/// <summary>
/// An engine's section of the state file: <c>{"version":2,"tenants":[{"id", "credentials",
/// "send_failure", "state": &lt;the engine's own object&gt;}]}</c>. Import reads every tenant first and
/// swaps them in only when the whole section has been read, so a bad file leaves the running
/// state alone.
/// </summary>
/// <typeparam name="TTenant">The engine's tenant state.</typeparam>
public sealed class TenantStoreState<TTenant>
    where TTenant : Tenant
{
    /// <summary>2: the kit's envelope (version 1 was each engine's own layout, before the kit).</summary>
    public const int Version = 2;

    private readonly ProviderDialect<TTenant> _dialect;
    private readonly TenantStore<TTenant> _store;
    private readonly IEngineState<TTenant> _state;

    public TenantStoreState(ProviderDialect<TTenant> dialect, TenantStore<TTenant> store, IEngineState<TTenant> state)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        _dialect = dialect;
        _store = store;
        _state = state;
    }

    /// <summary>
    /// Writes the section's properties ("version", "tenants") into the object the caller opened. Each
    /// tenant's lock is held only while its state is captured (<see cref="IEngineState{TTenant}.Capture"/>),
    /// so requests to the tenant wait for a copy, not for the file.
    /// </summary>
    public void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("tenants");
        foreach (var tenant in _store.All())
        {
            string[] credentials;
            SendFailure sendFailure;
            Action<Utf8JsonWriter> writeState;
            lock (tenant.Gate)
            {
                credentials = [.. tenant.Credentials];
                sendFailure = tenant.SendFailure;
                writeState = _state.Capture(tenant);
            }

            writer.WriteStartObject();
            writer.WriteString("id", tenant.Id);
            writer.WriteStartArray("credentials");
            foreach (var credential in credentials)
            {
                writer.WriteStringValue(credential);
            }

            writer.WriteEndArray();
            writer.WriteString("send_failure", sendFailure.ToString());
            writer.WritePropertyName("state");
            writeState(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Replaces every tenant with the section's; <see cref="InvalidDataException"/> when it cannot be read whole.</summary>
    public void Import(JsonNode section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var tenants = new List<(TTenant Tenant, IReadOnlyList<string> Credentials)>();
        try
        {
            var root = JsonSerializer.SerializeToElement(section);
            if (!root.TryGetProperty("version", out var version) || version.GetInt32() != Version)
            {
                throw new FormatException($"expected \"version\": {Version} (the engine kit's layout); sections written before it cannot be read");
            }

            if (!root.TryGetProperty("tenants", out var saved) || saved.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("\"tenants\" is missing or not an array");
            }

            foreach (var element in saved.EnumerateArray())
            {
                var id = element.GetProperty("id").GetString() ?? throw new FormatException("a tenant has a null id");
                var credentials = element.GetProperty("credentials").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToArray();
                var tenant = _state.Read(id, element.GetProperty("state"));
                if (tenant.Id != id)
                {
                    throw new FormatException($"the state of '{id}' was read as '{tenant.Id}'");
                }

                RequireWithinSubscriberCap(tenant);
                tenant.SendFailure = Enum.Parse<SendFailure>(element.GetProperty("send_failure").GetString()!);
                tenants.Add((tenant, credentials));
            }

            _store.Replace(tenants);
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or FormatException or JsonException
            or ArgumentException or RequestRefusedException)
        {
            throw new InvalidDataException($"The {_dialect.DisplayName} section of the state file is not valid: {error.Message}", error);
        }
    }

    // Loading a tenant past the cap would leave it unable to take one more subscriber and hide
    // how large the file is: refuse it and say how to raise the cap.
    private void RequireWithinSubscriberCap(TTenant tenant)
    {
        var cap = _store.SubscriberCap;
        if (tenant.SubscriberCount > cap.Limit)
        {
            throw new FormatException(
                $"{_dialect.TenantNoun} '{tenant.Id}' holds {tenant.SubscriberCount} {cap.SubscribersNoun}, more than the simulator keeps per {_dialect.TenantNoun} ({cap.Limit}); start with a larger --max-subscribers (SimulatorOptions.MaxSubscribersPerTenant) to load it");
        }
    }
}
