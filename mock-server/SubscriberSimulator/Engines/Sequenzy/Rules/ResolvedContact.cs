using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// The subscriber a tag or event call addresses, ready to change (a clone or a new staged record,
/// never a committed instance), whether the call created it, and what it did about double opt-in.
/// </summary>
internal sealed record ResolvedContact(SequenzySubscriber Subscriber, bool Created, OptInResult OptIn);
