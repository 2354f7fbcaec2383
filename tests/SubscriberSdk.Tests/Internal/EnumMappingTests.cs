using SubscriberSdk.Attentive;
using SubscriberSdk.Essential;
using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts;
using SubscriberSdk.Sequenzy;
using AttentiveModels = SubscriberSdk.Attentive.Generated.Models;
using EssentialModels = SubscriberSdk.Essential.Generated.Models;
using MobileTextAlertsModels = SubscriberSdk.MobileTextAlerts.Generated.Models;
using SequenzyModels = SubscriberSdk.Sequenzy.Generated.Models;

namespace SubscriberSdk.Tests.Internal;

/// <summary>
/// Every member of every generated enum the facade maps has a public counterpart, and back: a spec that
/// gains an enum value fails here instead of throwing at run time.
/// </summary>
public sealed class EnumMappingTests
{
    [Fact]
    public void Every_generated_enum_member_maps_to_the_facade_enum_and_back()
    {
        RoundTrip<EssentialModels.SubscriberStatus, EssentialSubscriberStatus>();
        RoundTrip<EssentialModels.WelcomeSeries_status, EssentialWelcomeSeriesStatus>();
        RoundTrip<SequenzyModels.SubscriberStatus, SequenzySubscriberStatus>();
        RoundTrip<SequenzyModels.SubscriberStatusFilter, SequenzySubscriberStatusFilter>();
        RoundTrip<SequenzyModels.SmsStatus, SequenzySmsStatus>();
        RoundTrip<SequenzyModels.OptInMode, SequenzyOptInMode>();
        RoundTrip<SequenzyModels.DuplicateStrategy, SequenzyDuplicateStrategy>();
        RoundTrip<SequenzyModels.CustomAttributesStrategy, SequenzyCustomAttributesStrategy>();
        RoundTrip<SequenzyModels.ImportStatus, SequenzyImportStatus>();
        RoundTrip<SequenzyModels.TagColor, SequenzyTagColor>();
        RoundTrip<SequenzyModels.EnrollmentStatus, SequenzyEnrollmentStatus>();
        RoundTrip<SequenzyModels.EnrollmentSort, SequenzyEnrollmentSort>();
        RoundTrip<AttentiveModels.OptInSubscriptionType, AttentiveOptInSubscriptionType>();
        RoundTrip<AttentiveModels.SubscriptionType, AttentiveSubscriptionType>();
        RoundTrip<AttentiveModels.SubscriptionChannel, AttentiveSubscriptionChannel>();
        RoundTrip<AttentiveModels.SubscriptionCreationStatus, AttentiveSubscriptionCreationStatus>();
        RoundTrip<AttentiveModels.SubscriptionUnsubscribeStatus, AttentiveSubscriptionUnsubscribeStatus>();
        RoundTrip<AttentiveModels.BulkJobStatus, AttentiveBulkJobStatus>();
        RoundTrip<MobileTextAlertsModels.CustomFieldType, MobileTextAlertsCustomFieldType>();
        RoundTrip<MobileTextAlertsModels.Group_type, MobileTextAlertsGroupType>();
    }

    [Fact]
    public void Names_match_ignoring_case_and_underscores()
    {
        Assert.Equal(SequenzySmsStatus.NotSubscribed, EnumMapping.Convert<SequenzyModels.SmsStatus, SequenzySmsStatus>(SequenzyModels.SmsStatus.Not_subscribed));
        Assert.Equal(AttentiveSubscriptionType.CheckoutAbandoned,
            EnumMapping.Convert<AttentiveModels.SubscriptionType, AttentiveSubscriptionType>(AttentiveModels.SubscriptionType.CHECKOUT_ABANDONED));
        Assert.Null(EnumMapping.Convert<SequenzyModels.SmsStatus, SequenzySmsStatus>((SequenzyModels.SmsStatus?)null));
    }

    private static void RoundTrip<TGenerated, TFacade>()
        where TGenerated : struct, Enum
        where TFacade : struct, Enum
    {
        var generated = Enum.GetValues<TGenerated>();
        var mapped = generated.Select(EnumMapping.Convert<TGenerated, TFacade>).ToArray();
        Assert.Equal(generated, mapped.Select(EnumMapping.Convert<TFacade, TGenerated>));
        Assert.Equal(Enum.GetValues<TFacade>().Order(), mapped.Order());
    }
}
