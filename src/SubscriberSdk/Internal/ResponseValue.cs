namespace SubscriberSdk.Internal;

/// <summary>
/// Unwraps a value a success envelope must carry (e.g. Sequenzy's <c>subscriber</c>, Mobile Text
/// Alerts' <c>data</c>). A missing one is reported by <see cref="ProviderCall"/> as an unusable
/// success, never as a null value or a <see cref="NullReferenceException"/>.
/// </summary>
internal static class ResponseValue
{
    public static T Required<T>(T? value)
        where T : class =>
        value ?? throw new MissingResponseValueException(typeof(T).Name);

    public static T Required<T>(T? value)
        where T : struct =>
        value ?? throw new MissingResponseValueException(typeof(T).Name);
}
