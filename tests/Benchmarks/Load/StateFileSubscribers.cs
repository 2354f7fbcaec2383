using System.Text.Json;

namespace Benchmarks.Load;

/// <summary>
/// The Essential phone numbers a simulator state file holds, read as the file is laid out
/// (<c>participants.essential.tenants[].state.subscribers[].phone_number</c>, ten digits), so
/// <see cref="StateSaveScenario"/> checks what is on disk, not what the server says it saved.
/// </summary>
internal static class StateFileSubscribers
{
    public static HashSet<string> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var tenants = document.RootElement.GetProperty("participants").GetProperty("essential").GetProperty("tenants");
        foreach (var tenant in tenants.EnumerateArray())
        {
            foreach (var subscriber in tenant.GetProperty("state").GetProperty("subscribers").EnumerateArray())
            {
                phones.Add(subscriber.GetProperty("phone_number").GetString()!);
            }
        }

        return phones;
    }
}
