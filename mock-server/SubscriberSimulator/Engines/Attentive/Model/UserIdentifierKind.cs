namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// The kinds of identifier a user is known by, in the order the identity rules look them up
/// (phone first, custom identifiers last).
/// </summary>
internal enum UserIdentifierKind : byte
{
    Phone,
    Email,
    ShopifyId,
    KlaviyoId,
    ClientUserId,
    Custom,
}
