using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Subscribers' enrolments in sequences (authored in Sequenzy's dashboard): enrol, list, cancel.
/// Reach it through <see cref="SequenzyClient.Sequences"/>.
/// </summary>
public class SequenzySequencesClient : SubscriberResourceClient
{
    private const int MaxPageSize = 500;
    private readonly SequenzyApiClient _api;

    internal SequenzySequencesClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzySequencesClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Enrols up to 500 existing subscribers (by email or Sequenzy id) in a sequence, at its first step
    /// or at <paramref name="targetNodeId"/>. Subscribers already enrolled or not active are skipped.
    /// </summary>
    /// <exception cref="ResourceNotFoundException">No such sequence or step.</exception>
    public virtual Task<SubscriberResponse<SequenzyEnrollResult>> EnrollAsync(
        string sequenceId, IReadOnlyList<string>? emails = null, IReadOnlyList<string>? subscriberIds = null, string? targetNodeId = null,
        CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(sequenceId, nameof(sequenceId), "The sequence id");
        var targets = SequenzyTagMapper.Targets(emails, null, subscriberIds, nameof(emails));
        var body = new EnrollSubscribersRequest
        {
            Emails = targets.Emails,
            SubscriberIds = targets.SubscriberIds,
            TargetNodeId = targetNodeId is null ? null : Guard.Required(targetNodeId, nameof(targetNodeId), "The target step id"),
        };
        var call = Core.Call(SequenzyOperations.Enroll);
        return call.RunAsync(() => _api.Api.V1.Sequences[id].Enroll.PostAsync(body, call.Configure, cancellationToken), SequenzySequenceMapper.ToEnrollResult);
    }

    /// <summary>Lists a sequence's enrolments (active and waiting unless the filter says otherwise), page by page as you enumerate.</summary>
    /// <exception cref="ResourceNotFoundException">No such sequence.</exception>
    public virtual SubscriberPageable<SequenzyEnrollment> ListEnrollmentsAsync(
        string sequenceId, SequenzyEnrollmentFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(sequenceId, nameof(sequenceId), "The sequence id");
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        var statuses = SequenzySequenceMapper.Statuses(filter?.Statuses);
        return new FetchedPageable<SequenzyEnrollment>(
            async (token, stop) =>
            {
                // Enrolments page by offset: the token is the offset of the next page.
                var offset = PageTokens.ReadOffset(token, "continuationToken");
                var call = Core.Call(SequenzyOperations.ListEnrollments);
                var response = await call.RunAsync(
                    () => _api.Api.V1.Sequences[id].Enrollments.GetAsync(
                        configuration =>
                        {
                            call.Configure(configuration);
                            var query = configuration.QueryParameters;
                            query.Limit = size;
                            query.Offset = offset;
                            query.Status = statuses;
                            query.CurrentNodeId = Joined(filter?.CurrentNodeIds);
                            query.SubscriberId = Joined(filter?.SubscriberIds);
                            query.Email = filter?.Email;
                            query.Sort = EnumMapping.Convert<SequenzyEnrollmentSort, EnrollmentSort>(filter?.Sort);
                        },
                        stop),
                    static page => page).ConfigureAwait(false);
                var values = (IReadOnlyList<SequenzyEnrollment>)[.. (response.Value.Enrollments ?? []).Select(SequenzySequenceMapper.ToEnrollment)];
                var more = response.Value.Pagination?.HasMore == true && values.Count > 0;
                return Pages.From(response, values, more ? PageTokens.ForOffset(offset + values.Count) : null);
            },
            cancellationToken);
    }

    /// <summary>
    /// Cancels the running enrolments of one subscriber (at once unless <see cref="SequenzyCancelEnrollmentsRequest.DryRun"/>)
    /// or of up to 500 (a dry run unless <c>DryRun</c> is false, as Sequenzy does).
    /// </summary>
    /// <exception cref="ResourceNotFoundException">No such sequence.</exception>
    public virtual Task<SubscriberResponse<SequenzyCancelEnrollmentsResult>> CancelEnrollmentsAsync(
        string sequenceId, SequenzyCancelEnrollmentsRequest request, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(sequenceId, nameof(sequenceId), "The sequence id");
        var body = SequenzySequenceMapper.ToCancel(request);
        var call = Core.Call(SequenzyOperations.CancelEnrollments);
        return call.RunAsync(() => _api.Api.V1.Sequences[id].Enrollments.Cancel.PostAsync(body, call.Configure, cancellationToken), SequenzySequenceMapper.ToCancelResult);
    }

    private static string? Joined(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(',', values) : null;
}
