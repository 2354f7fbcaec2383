namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>Body of POST /__sim/sequenzy/tenants/{id}/lists (also an item of a workspace's lists); <c>default</c> makes it a default list.</summary>
internal sealed record AddListRequest(string? Id, string? Name, string? Description, bool? IsPrivate, bool? Default);
