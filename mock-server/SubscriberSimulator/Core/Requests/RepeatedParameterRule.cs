namespace SubscriberSimulator.Core.Requests;

/// <summary>
/// What a provider does with a query parameter sent more than once (<c>?page=1&amp;page=2</c>). Each
/// provider's dialect chooses one and it holds for every parameter of that provider, so a handler
/// never has to think about it: the kit hands it one value per name, or refuses the request.
/// </summary>
public enum RepeatedParameterRule
{
    /// <summary>The first value counts and the rest are ignored (what most web frameworks' "get one value" does).</summary>
    TakeFirst,

    /// <summary>A 400 in the provider's shape naming the parameter, when the parameter is read.</summary>
    Refuse,
}
