using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk;

/// <summary>
/// What the four provider clients share: the request pipeline they own, its clock and its disposal.
/// </summary>
public abstract class SubscriberClientBase : IDisposable
{
    /// <param name="core">The pipeline and Kiota adapter built from the provider's validated options.</param>
    private protected SubscriberClientBase(ClientCore core)
    {
        Core = core;
    }

    /// <summary>For mocking in tests: a client with no pipeline.</summary>
    protected SubscriberClientBase()
    {
    }

    /// <summary>Null only for a mock created through the protected constructor.</summary>
    private protected ClientCore? Core { get; }

    /// <summary>The clock from the options (the system clock for a mock); the bulk engine defaults to it.</summary>
    internal TimeProvider TimeProvider => Core?.Settings.TimeProvider ?? TimeProvider.System;

    /// <summary>The options' region for national phone numbers ("US" for a mock); bulk imports read records with it.</summary>
    internal string DefaultRegion => Core?.DefaultRegion ?? PhoneRegions.Default;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the HTTP client when this client created it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Core?.Dispose();
        }
    }
}
