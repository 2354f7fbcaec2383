using System.Text.Json;
using System.Text.Json.Nodes;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// The engine's part of the state file: every account with its configuration, subscribers (in
/// creation order) and workflow executions. Import builds everything first and swaps it in only
/// when the whole document has been read, so a bad file leaves the running state alone.
/// </summary>
internal static class EssentialStateSerializer
{
    public static JsonNode Export(EssentialStore store)
    {
        var accounts = new JsonArray();
        foreach (var account in store.Accounts)
        {
            accounts.Add(EssentialNodes.Render(writer => EssentialStateWriter.WriteAccount(writer, account)));
        }

        return new JsonObject { ["version"] = 1, ["accounts"] = accounts };
    }

    public static void Import(EssentialStore store, JsonNode state)
    {
        var root = JsonSerializer.SerializeToElement(state);
        var accounts = new List<EssentialAccount>();
        try
        {
            foreach (var element in root.GetProperty("accounts").EnumerateArray())
            {
                accounts.Add(EssentialStateReader.ReadAccount(element));
            }
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or FormatException or JsonException or ArgumentException or EssentialRequestException)
        {
            throw new InvalidDataException("The Essential section of the state file is not valid: " + error.Message, error);
        }

        store.Clear();
        foreach (var account in accounts)
        {
            store.Add(account);
        }
    }
}
