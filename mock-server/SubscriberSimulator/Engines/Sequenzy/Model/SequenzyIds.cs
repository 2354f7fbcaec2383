using System.Globalization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// A workspace's id counters ("sub_000001", "tag_...", "list_...", "imp_...", "note_...", "evt_...", "tok_...", "seq_..."): sequential so tests
/// and the README can name them, and per workspace because a workspace only ever sees its own
/// records. A request draws ids from a <see cref="Copy"/> that replaces the workspace's counters
/// when it commits, so a refused request leaves them as they were. Saved with the state.
/// </summary>
internal sealed class SequenzyIds
{
    public long Subscribers { get; set; }

    public long Tags { get; set; }

    public long Lists { get; set; }

    public long Imports { get; set; }

    public long Notes { get; set; }

    public long Events { get; set; }

    public long Enrollments { get; set; }

    public long Sequences { get; set; }

    /// <summary>A confirmation-link token: random, so a test cannot confirm without reading the email.</summary>
    public static string NewToken() => "doi_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    public SequenzyIds Copy() => (SequenzyIds)MemberwiseClone();

    public string NextSubscriberId() => Format("sub_", ++Subscribers);

    public string NextTagId() => Format("tag_", ++Tags);

    public string NextListId() => Format("list_", ++Lists);

    public string NextImportId() => Format("imp_", ++Imports);

    public string NextNoteId() => Format("note_", ++Notes);

    public string NextEventId() => Format("evt_", ++Events);

    public string NextEnrollmentId() => Format("tok_", ++Enrollments);

    public string NextSequenceId() => Format("seq_", ++Sequences);

    private static string Format(string prefix, long value) => prefix + value.ToString("x6", CultureInfo.InvariantCulture);
}
