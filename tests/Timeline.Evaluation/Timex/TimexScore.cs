using System.Globalization;

namespace Timeline.Evaluation.Timex;

/// <summary>TempEval-3 style counts: strict and relaxed extent matches, value and type agreement among relaxed matches.</summary>
internal sealed class TimexScore
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int Strict { get; set; }

    public int Relaxed { get; set; }

    public int ValueCorrect { get; set; }

    public int TypeCorrect { get; set; }

    /// <summary>Matches counted by the system's type (precision per type); equal to the gold-side counts for ALL.</summary>
    public int SystemStrict { get; set; }

    public int SystemRelaxed { get; set; }

    public int SystemValueCorrect { get; set; }

    public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    public double StrictF1 => F1(Ratio(SystemStrict, System), Ratio(Strict, Gold));

    public double RelaxedF1 => F1(Ratio(SystemRelaxed, System), Ratio(Relaxed, Gold));

    public double ValueF1 => F1(Ratio(SystemValueCorrect, System), Ratio(ValueCorrect, Gold));

    public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-10} gold {Gold,5} sys {System,5} | strict P {Ratio(SystemStrict, System):F3} R {Ratio(Strict, Gold):F3} F1 {StrictF1:F3}"
        + $" | relaxed P {Ratio(SystemRelaxed, System):F3} R {Ratio(Relaxed, Gold):F3} F1 {RelaxedF1:F3}"
        + $" | value P {Ratio(SystemValueCorrect, System):F3} R {Ratio(ValueCorrect, Gold):F3} F1 {ValueF1:F3} | type acc {Ratio(TypeCorrect, Relaxed):F3}");
}
