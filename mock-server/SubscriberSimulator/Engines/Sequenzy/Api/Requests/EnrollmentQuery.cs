using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// GET /sequences/{sequenceId}/enrollments' query: the statuses (default active and waiting), the
/// steps, subscribers and email to match (lists are comma-separated; all filters AND), the order
/// and the offset page (limit 1 to 500, default 50).
/// </summary>
internal sealed record EnrollmentQuery(
    EnrollmentStatus[] Statuses,
    string[]? NodeIds,
    string[]? SubscriberIds,
    string? Email,
    string Sort,
    int Limit,
    int Offset)
{
    public const int MaxLimit = 500;
    public const string DefaultSort = "enrolled_at_desc";

    private static readonly string[] Sorts = [DefaultSort, "enrolled_at_asc", "wait_until_asc", "wait_until_desc"];

    public static EnrollmentQuery Parse(IRequestValues query)
    {
        var statuses = List(query, "status") is { } names
            ? Array.ConvertAll(names, name => WireNames.ParseEnrollmentStatus(name)
                ?? throw RequestRefusedException.BadRequest("status must be a comma-separated list of: active, waiting, completed, failed, cancelled"))
            : [EnrollmentStatus.Active, EnrollmentStatus.Waiting];
        var sort = query.First("sort") ?? DefaultSort;
        if (Array.IndexOf(Sorts, sort) < 0)
        {
            throw RequestRefusedException.BadRequest($"sort must be one of: {string.Join(", ", Sorts)}");
        }

        return new EnrollmentQuery(
            [.. statuses.Distinct()],
            List(query, "currentNodeId"),
            List(query, "subscriberId"),
            query.First("email")?.Trim().ToLowerInvariant(),
            sort,
            Int(query, "limit", 1, MaxLimit) ?? 50,
            Int(query, "offset", 0, int.MaxValue) ?? 0);
    }

    private static string[]? List(IRequestValues query, string name) =>
        query.First(name) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;

    private static int? Int(IRequestValues query, string name, int min, int max)
    {
        if (query.First(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw RequestRefusedException.BadRequest(max == int.MaxValue ? $"{name} must be an integer of at least {min}" : $"{name} must be between {min} and {max}");
    }
}
