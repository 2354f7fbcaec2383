using SubscriberSdk.Internal.Paging;
using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Sequenzy.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>The workspace's tag definitions (names and colours). Reach it through <see cref="SequenzyClient.Tags"/>.</summary>
public class SequenzyTagsClient : SubscriberResourceClient
{
    private readonly SequenzyApiClient _api;

    internal SequenzyTagsClient(ClientCore core, SequenzyApiClient api)
        : base(core)
    {
        _api = api;
    }

    /// <summary>For mocking in tests.</summary>
    protected SequenzyTagsClient()
    {
        _api = null!;
    }

    /// <summary>Lists every tag definition, by name (Sequenzy answers them in one response: one page).</summary>
    /// <param name="cancellationToken">Stops every enumeration of the list (each enumeration can also take its own).</param>
    public virtual SubscriberPageable<SequenzyTagDefinition> ListAsync(CancellationToken cancellationToken = default) =>
        Pages.Single(
            stop =>
            {
                var call = Core.Call(SequenzyOperations.ListTags);
                return call.RunAsync(
                    () => _api.Api.V1.Tags.GetAsync(call.Configure, stop),
                    static response => (IReadOnlyList<SequenzyTagDefinition>)(response.Tags ?? []).Select(SequenzyTagMapper.ToTagDefinition).ToList());
            },
            cancellationToken);

    /// <summary>Creates a tag definition (the name is normalised by Sequenzy); the colour defaults to gray.</summary>
    /// <exception cref="ConflictException">A tag with the normalised name exists.</exception>
    public virtual Task<SubscriberResponse<SequenzyTagDefinition>> CreateAsync(string name, SequenzyTagColor? color = null, CancellationToken cancellationToken = default)
    {
        var body = new CreateTagDefinitionRequest
        {
            Name = Guard.Required(name, nameof(name), "The tag name"),
            Color = EnumMapping.Convert<SequenzyTagColor, TagColor>(color),
        };
        var call = Core.Call(SequenzyOperations.CreateTag);
        return call.RunAsync(() => _api.Api.V1.Tags.PostAsync(body, call.Configure, cancellationToken), Map);
    }

    /// <summary>Changes a tag's colour.</summary>
    /// <exception cref="ResourceNotFoundException">No such tag.</exception>
    /// <exception cref="RequestValidationException">A system tag, which cannot change.</exception>
    public virtual Task<SubscriberResponse<SequenzyTagDefinition>> UpdateAsync(string tagId, SequenzyTagColor color, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(tagId, nameof(tagId), "The tag id");
        var body = new UpdateTagDefinitionRequest { Color = EnumMapping.Convert<SequenzyTagColor, TagColor>(color) };
        var call = Core.Call(SequenzyOperations.UpdateTag);
        return call.RunAsync(() => _api.Api.V1.Tags[id].PatchAsync(body, call.Configure, cancellationToken), Map);
    }

    /// <summary>Deletes a tag definition and takes the tag off every subscriber.</summary>
    /// <returns>True, with <see cref="OperationOutcome.Removed"/>.</returns>
    /// <exception cref="ResourceNotFoundException">No such tag.</exception>
    /// <exception cref="ConflictException">A sequence uses the tag.</exception>
    public virtual Task<SubscriberWriteResponse<bool>> DeleteAsync(string tagId, CancellationToken cancellationToken = default)
    {
        var id = Guard.Required(tagId, nameof(tagId), "The tag id");
        var call = Core.Call(SequenzyOperations.DeleteTag);
        return call.WriteAsync(
            () => _api.Api.V1.Tags[id].DeleteAsync(call.Configure, cancellationToken),
            static response => response.Success == true,
            static (_, _) => OperationOutcome.Removed);
    }

    private static SequenzyTagDefinition Map(TagDefinitionResponse response) => SequenzyTagMapper.ToTagDefinition(ResponseValue.Required(response.Tag));
}
