using Benchmarks.Load;

namespace Benchmarks.Validation;

/// <summary>
/// One request body the validators are timed on, with a broken twin that every validator must refuse,
/// so the benchmark can check that each one validates against the same schema before it times them.
/// </summary>
internal sealed record ValidationInput(string Provider, string Operation, string Valid, string Invalid)
{
    public const string EssentialUpsert = "essential upsert";
    public const string MtaBulk = "mta bulk x1000";

    public static ValidationInput Named(string name) => name switch
    {
        // The invalid twin breaks a format (email), which a validator only catches if it checks formats as ours does.
        EssentialUpsert => new("essential", "upsertSubscriber", EssentialBody("ada@example.com"), EssentialBody("ada at example.com")),
        // The invalid twin breaks a type in the last of the 1000 records, so a validator must walk them all.
        MtaBulk => new("mta", "bulkCreateSubscribers", MtaBody(lastGroupId: "1"), MtaBody(lastGroupId: "\"one\"")),
        _ => throw new ArgumentException($"Unknown input '{name}'.", nameof(name)),
    };

    private static string EssentialBody(string email) =>
        "{\"phone_number\":\"4155550100\",\"email_address\":\"" + email + "\",\"properties\":{\"plan\":\"gold\"},\"tag_sids\":[\"tag1\"],\"send_welcome_series\":true}";

    private static string MtaBody(string lastGroupId) =>
        "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i =>
            $"{{\"number\":\"{SyntheticPhones.TenDigits(i)}\",\"firstName\":\"Bench\",\"email\":\"b{i}@example.com\",\"groupIds\":[{(i == 999 ? lastGroupId : "1")}]}}")) + "]";
}
