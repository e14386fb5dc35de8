namespace Timeline.Core.Time;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}
