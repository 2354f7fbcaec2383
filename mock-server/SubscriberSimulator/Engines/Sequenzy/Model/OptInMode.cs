namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>How consent is obtained for a write (wire names: default, confirmed, double_opt_in).</summary>
internal enum OptInMode
{
    Default,
    Confirmed,
    DoubleOptIn,
}
