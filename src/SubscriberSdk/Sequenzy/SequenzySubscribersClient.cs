using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>Sequenzy subscribers. Reach it through <see cref="SequenzyClient.Subscribers"/>.</summary>
public class SequenzySubscribersClient : SubscriberResourceClient
{
    private const int MaxPageSize = 1000;
    private readonly SequenzyApiClient _api;

    internal SequenzySubscribersClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzySubscribersClient()
    {
        _api = null!;
    }

    /// <summary>
    /// Creates the subscriber or handles the existing one per <see cref="SequenzySubscriberRequest.DuplicateStrategy"/>.
    /// The outcome is Created, Updated, Skipped, or PendingConfirmation when a double opt-in email was queued.
    /// </summary>
    /// <exception cref="ConflictException">The email and the external id belong to two different subscribers.</exception>
    public virtual Task<SubscriberWriteResponse<SequenzyUpsertedSubscriber>> UpsertAsync(SequenzySubscriberRequest request, CancellationToken cancellationToken = default)
    {
        var body = SequenzyRequestMapper.ToCreate(request, Core.DefaultRegion);
        var call = Core.Call(SequenzyOperations.Upsert);
        return call.WriteAsync(
            () => _api.Api.V1.Subscribers.PostAsync(body, call.Configure, cancellationToken),
            static response => SequenzyModelMapper.ToUpsertedSubscriber(ResponseValue.Required(response.Subscriber), response.OptIn),
            static (response, _) => SequenzyRequestMapper.Outcome(response));
    }

    /// <summary>Gets a subscriber with lists, sequences and activity.</summary>
    /// <exception cref="ResourceNotFoundException">No such subscriber.</exception>
    public virtual Task<SubscriberResponse<SequenzySubscriberDetails>> GetAsync(SequenzySubscriberKey key, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var call = Core.Call(SequenzyOperations.Get);
        static SequenzySubscriberDetails Map(SubscriberDetailsResponse response) => SequenzyModelMapper.ToSubscriberDetails(ResponseValue.Required(response.Subscriber));
        if (email is not null)
        {
            return call.RunAsync(() => _api.Api.V1.Subscribers[email].GetAsync(call.Configure, cancellationToken), Map);
        }

        return key.ExternalIdInPath
            ? call.RunAsync(() => _api.Api.V1.Subscribers.External[SequenzyRequestMapper.PathExternalId(externalId!, nameof(key))].GetAsync(call.Configure, cancellationToken), Map)
            : call.RunAsync(
                () => _api.Api.V1.Subscribers.External.GetAsync(
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                Map);
    }

    /// <summary>Updates a subscriber.</summary>
    /// <returns>The subscriber as stored, with <see cref="OperationOutcome.Updated"/>.</returns>
    public virtual Task<SubscriberWriteResponse<SequenzySubscriber>> UpdateAsync(SequenzySubscriberKey key, SequenzySubscriberUpdate update, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var pathId = key.ExternalIdInPath ? SequenzyRequestMapper.PathExternalId(externalId!, nameof(key)) : null;
        var body = SequenzyRequestMapper.ToUpdate(update, Core.DefaultRegion);
        var call = Core.Call(SequenzyOperations.Update);
        static SequenzySubscriber Map(SubscriberResponse response) => SequenzyModelMapper.ToSubscriber(ResponseValue.Required(response.Subscriber));
        if (email is not null)
        {
            return call.WriteAsync(() => _api.Api.V1.Subscribers[email].PatchAsync(body, call.Configure, cancellationToken), Map, Updated);
        }

        return pathId is not null
            ? call.WriteAsync(() => _api.Api.V1.Subscribers.External[pathId].PatchAsync(body, call.Configure, cancellationToken), Map, Updated)
            : call.WriteAsync(
                () => _api.Api.V1.Subscribers.External.PatchAsync(
                    body,
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                Map,
                Updated);
    }

    /// <summary>Deletes a subscriber.</summary>
    /// <returns>Whether a subscriber was deleted (<c>Value</c>), with <see cref="OperationOutcome.Removed"/> or <see cref="OperationOutcome.Skipped"/>.</returns>
    public virtual Task<SubscriberWriteResponse<bool>> DeleteAsync(SequenzySubscriberKey key, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var call = Core.Call(SequenzyOperations.Delete);
        static bool Deleted(DeleteSubscriberResponse response) => response.Deleted == true;
        static OperationOutcome Map(DeleteSubscriberResponse response, int status) => Deleted(response) ? OperationOutcome.Removed : OperationOutcome.Skipped;
        if (email is not null)
        {
            return call.WriteAsync(() => _api.Api.V1.Subscribers[email].DeleteAsync(call.Configure, cancellationToken), Deleted, Map);
        }

        return key.ExternalIdInPath
            ? call.WriteAsync(() => _api.Api.V1.Subscribers.External[SequenzyRequestMapper.PathExternalId(externalId!, nameof(key))].DeleteAsync(call.Configure, cancellationToken), Deleted, Map)
            : call.WriteAsync(
                () => _api.Api.V1.Subscribers.External.DeleteAsync(
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                Deleted,
                Map);
    }

    /// <summary>Lists subscribers, following Sequenzy's cursor as you enumerate (the cursor is each page's continuation token).</summary>
    public virtual SubscriberPageable<SequenzySubscriber> ListAsync(SequenzySubscriberFilter? filter = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        var size = Guard.PageSize(pageSize, MaxPageSize, nameof(pageSize));
        return new FetchedPageable<SequenzySubscriber>(
            async (cursor, stop) =>
            {
                var call = Core.Call(SequenzyOperations.List);
                var response = await call.RunAsync(() => _api.Api.V1.Subscribers.GetAsync(
                    configuration =>
                    {
                        call.Configure(configuration);
                        var query = configuration.QueryParameters;
                        query.Limit = size;
                        query.Cursor = cursor;
                        query.Status = EnumMapping.Convert<SequenzySubscriberStatusFilter, SubscriberStatusFilter>(filter?.Status);
                        query.Query = filter?.Query;
                        query.Tags = filter?.Tags is { Count: > 0 } tags ? string.Join(',', tags) : null;
                        query.ListId = filter?.ListId;
                        query.SegmentId = filter?.SegmentId;
                    },
                    stop),
                    static page => page).ConfigureAwait(false);
                var values = (IReadOnlyList<SequenzySubscriber>)[.. (response.Value.Subscribers ?? []).Select(SequenzyModelMapper.ToSubscriber)];

                // Sequenzy's cursor is the token: its next page, or none when it says no more follow.
                var next = response.Value.Pagination?.NextCursor;
                return Pages.From(response, values, response.Value.Pagination?.HasMore == true && !string.IsNullOrEmpty(next) ? next : null);
            },
            cancellationToken);
    }

    /// <summary>Adds one tag (an unknown email creates the subscriber).</summary>
    public virtual Task<SubscriberResponse<SequenzyAddTagResult>> AddTagAsync(SequenzySubscriberKey key, string tag, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new AddTagRequest { Email = email, ExternalId = externalId, Tag = Guard.Required(tag, nameof(tag), "The tag") };
        var call = Core.Call(SequenzyOperations.AddTag);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Tags.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToAddTagResult);
    }

    /// <summary>Adds up to 1000 tags at once.</summary>
    public virtual Task<SubscriberResponse<SequenzyAddTagsResult>> AddTagsAsync(SequenzySubscriberKey key, IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new AddTagsRequest { Email = email, ExternalId = externalId, Tags = [.. Guard.Records(tags, nameof(tags), SequenzyRequestMapper.MaxTagsPerRequest)] };
        var call = Core.Call(SequenzyOperations.AddTags);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Tags.Bulk.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToAddTagsResult);
    }

    /// <summary>Removes one tag.</summary>
    public virtual Task<SubscriberResponse<SequenzyRemoveTagResult>> RemoveTagAsync(SequenzySubscriberKey key, string tag, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var body = new RemoveTagRequest { Email = email, ExternalId = externalId, Tag = Guard.Required(tag, nameof(tag), "The tag") };
        var call = Core.Call(SequenzyOperations.RemoveTag);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Tags.Remove.PostAsync(body, call.Configure, cancellationToken), SequenzyModelMapper.ToRemoveTagResult);
    }

    /// <summary>
    /// Adds tags to up to 500 existing subscribers (by email, external id or Sequenzy id together);
    /// identifiers that match nobody are reported in <see cref="SequenzyBulkTagResult.NotFound"/>, never created.
    /// </summary>
    public virtual Task<SubscriberResponse<SequenzyBulkTagResult>> BulkAddTagsAsync(SequenzyBulkTagRequest request, CancellationToken cancellationToken = default)
    {
        var body = SequenzyTagMapper.ToBulkAdd(request);
        var call = Core.Call(SequenzyOperations.BulkAddTags);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Bulk.Tags.Add.PostAsync(body, call.Configure, cancellationToken), SequenzyTagMapper.ToBulkTagResult);
    }

    /// <summary>Removes tags from up to 500 existing subscribers; <see cref="SequenzyBulkTagRequest.TriggerAutomations"/> must be left unset.</summary>
    public virtual Task<SubscriberResponse<SequenzyBulkTagResult>> BulkRemoveTagsAsync(SequenzyBulkTagRequest request, CancellationToken cancellationToken = default)
    {
        var body = SequenzyTagMapper.ToBulkRemove(request);
        var call = Core.Call(SequenzyOperations.BulkRemoveTags);
        return call.RunAsync(() => _api.Api.V1.Subscribers.Bulk.Tags.Remove.PostAsync(body, call.Configure, cancellationToken), SequenzyTagMapper.ToBulkTagResult);
    }

    /// <summary>Adds an internal note (1 to 5000 characters) to a subscriber found by email or external id.</summary>
    /// <exception cref="ResourceNotFoundException">No such subscriber.</exception>
    public virtual Task<SubscriberResponse<SequenzyNote>> AddNoteAsync(SequenzySubscriberKey key, string body, CancellationToken cancellationToken = default)
    {
        var (email, externalId) = SequenzyRequestMapper.Key(key, nameof(key));
        var request = new AddNoteRequest { Body = SequenzyRequestMapper.NoteBody(body, nameof(body)) };
        var call = Core.Call(SequenzyOperations.AddNote);
        static SequenzyNote Map(NoteResponse response) => SequenzyModelMapper.ToNote(ResponseValue.Required(response.Note));
        return email is not null
            ? call.RunAsync(() => _api.Api.V1.Subscribers[email].Notes.PostAsync(request, call.Configure, cancellationToken), Map)
            : call.RunAsync(
                () => _api.Api.V1.Subscribers.External.Notes.PostAsync(
                    request,
                    configuration =>
                    {
                        call.Configure(configuration);
                        configuration.QueryParameters.ExternalId = externalId;
                    },
                    cancellationToken),
                Map);
    }

    /// <summary>Deletes a note.</summary>
    /// <returns>True, with <see cref="OperationOutcome.Removed"/>.</returns>
    /// <exception cref="ResourceNotFoundException">No such note.</exception>
    public virtual Task<SubscriberWriteResponse<bool>> DeleteNoteAsync(string noteId, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(noteId, nameof(noteId), "The note id");
        var call = Core.Call(SequenzyOperations.DeleteNote);
        return call.WriteAsync(
            () => _api.Api.V1.Subscribers.Notes[id].DeleteAsync(call.Configure, cancellationToken),
            static response => response.Deleted == true,
            static (response, _) => response.Deleted == true ? OperationOutcome.Removed : OperationOutcome.Skipped);
    }

    private static OperationOutcome Updated<TRaw>(TRaw response, int status) => OperationOutcome.Updated;
}
