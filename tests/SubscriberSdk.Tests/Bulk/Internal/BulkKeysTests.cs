using SubscriberSdk.Bulk;
using SubscriberSdk.Bulk.Internal;
using SubscriberSdk.Bulk.MobileTextAlerts.Internal;
using SubscriberSdk.MobileTextAlerts;

namespace SubscriberSdk.Tests.Bulk.Internal;

/// <summary>
/// Chunk keys, input fingerprints and canonical records are written into checkpoints: a checkpoint saved by an
/// earlier version must still resume, so their values are pinned here, not only their stability within a run.
/// </summary>
public sealed class BulkKeysTests
{
    // Computed by 0.2.0, the first version that wrote checkpoints with these keys.
    private const string ExpectedChunkKey = "060331c532bfa49894ff7bca480b95f2336ab9395955824a4460dab52273b13b";
    private const string ExpectedFingerprint = "430e8461fec46656c2c4cfcb8d366eb13b0612ad3862a7945ee1b7aea666590a";

    private static readonly MobileTextAlertsSubscriberRequest Full = new()
    {
        PhoneNumber = "+12122000001",
        Email = "ana@example.com",
        FirstName = "Ana",
        LastName = "Ruiz",
        EmployeeNumber = "E-7",
        WelcomeMessage = "Hi {firstName}",
        GroupIds = [30, 4, 12],
        CustomFields = new Dictionary<string, string> { ["zeta"] = "1", ["Alpha"] = "é", ["beta"] = "" },
    };

    private static readonly MobileTextAlertsSubscriberRequest Minimal = new() { PhoneNumber = "+12122000002" };

    [Fact]
    public void The_canonical_form_of_a_record_is_the_one_checkpoints_were_written_with()
    {
        Assert.Equal("+12122000001\u001fana@example.com\u001fAna\u001fRuiz\u001fE-7\u001fHi {firstName}\u001f4,12,30,\u001fAlpha=é\u001fbeta=\u001fzeta=1\u001f",
            MobileTextAlertsBulkRecords.Canonical(Full));
        Assert.Equal("+12122000002\u001f\u001f\u001f\u001f\u001f\u001f\u001f", MobileTextAlertsBulkRecords.Canonical(Minimal));
    }

    [Fact]
    public void Chunk_keys_and_input_fingerprints_are_the_ones_checkpoints_were_written_with()
    {
        BulkPreparedRecord<MobileTextAlertsSubscriberRequest>[] records =
        [
            new(0, Full, "phone:+12122000001", MobileTextAlertsBulkRecords.Canonical(Full)),
            new(7, Minimal, "phone:+12122000002", MobileTextAlertsBulkRecords.Canonical(Minimal)),
        ];

        Assert.Equal(ExpectedChunkKey, BulkKeys.ChunkKey("run-ü", 3, records));
        Assert.Equal(ExpectedFingerprint, BulkKeys.InputFingerprint("Mobile Text Alerts", new BulkOptions { ChunkSize = 500, CreateOnly = true }, 12_345, records));
    }

    [Fact]
    public void A_field_moved_to_the_next_field_changes_the_key()
    {
        // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        BulkPreparedRecord<MobileTextAlertsSubscriberRequest>[] first = [new(0, Minimal, "k", "ab"), new(1, Minimal, "k", "c")];
        BulkPreparedRecord<MobileTextAlertsSubscriberRequest>[] second = [new(0, Minimal, "k", "a"), new(1, Minimal, "k", "bc")];

        Assert.NotEqual(BulkKeys.ChunkKey("run", 0, first), BulkKeys.ChunkKey("run", 0, second));
        Assert.NotEqual(BulkKeys.InputFingerprint("p", new BulkOptions(), 2, first), BulkKeys.InputFingerprint("p", new BulkOptions(), 2, second));
    }
}
