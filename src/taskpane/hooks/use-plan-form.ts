/**
 * The Action plan form's state and actions: what the user has typed, the messages under the fields once
 * they have tried to submit, and the one submit that writes the plan into Excel or builds the .xlsx. PlanForm
 * only renders what this returns.
 */
import { useCallback, useId, useState, type FormEvent } from "react";
import { planTarget, type PlanTarget } from "../host-mode";
import {
  INITIAL_FORM_VALUES,
  firstInvalidField,
  validatePlanForm,
  type FieldErrors,
  type PlanFormValues,
} from "../plan-form";
import type { CreatedPlan } from "../services";
import { useActivateSheet } from "./use-activate-sheet";
import type { AsyncAction } from "./use-async-action";
import { useCreatePlan } from "./use-create-plan";
import { useDownloadWorkbook } from "./use-download-workbook";
import type { HostStatusState } from "./use-host-status";
import type { PlanOptions } from "../../plan/options";

interface PlanFormState {
  readonly values: PlanFormValues;
  readonly errors: FieldErrors;
  readonly target: PlanTarget;
  readonly busy: boolean;
  /** The element id of a field, by its key ("organisation", "statuses.2"). */
  readonly idFor: (key: string) => string;
  /** An id for the sentence saying why the plan is offered as a file. */
  readonly whyId: string;
  readonly update: (patch: Partial<PlanFormValues>) => void;
  readonly setStatusLabel: (index: number, label: string) => void;
  readonly submit: (event: FormEvent) => void;
  readonly createPlan: AsyncAction<[PlanOptions], CreatedPlan>;
  readonly download: AsyncAction<[PlanOptions], { readonly fileName: string }>;
  readonly activate: AsyncAction<[string], void>;
}

export function usePlanForm(hostState: HostStatusState): PlanFormState {
  const idPrefix = useId();
  const idFor = useCallback((key: string) => `${idPrefix}-${key.replace(".", "-")}`, [idPrefix]);
  const [values, setValues] = useState<PlanFormValues>(INITIAL_FORM_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const createPlan = useCreatePlan();
  const download = useDownloadWorkbook();
  const activate = useActivateSheet();
  const target = planTarget(hostState.host, hostState.status === "pending");
  const busy = createPlan.status === "pending" || download.status === "pending";

  const update = (patch: Partial<PlanFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    // After a first attempt, messages follow the typing so a fixed field clears at once.
    if (submitted) {
      const result = validatePlanForm(next);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || target.mode === "checking") return;
    setSubmitted(true);
    const result = validatePlanForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      // Keyboard and screen-reader users land on the first field to fix.
      const first = firstInvalidField(values, result.errors);
      if (first) document.getElementById(idFor(first))?.focus();
      return;
    }
    setErrors({});
    if (target.mode === "excel") void createPlan.run(result.options);
    else void download.run(result.options);
  };

  return {
    values,
    errors,
    target,
    busy,
    idFor,
    whyId: `${idPrefix}-why`,
    update,
    setStatusLabel: (index, label) =>
      update({ statusLabels: values.statusLabels.map((l, i) => (i === index ? label : l)) }),
    submit,
    createPlan,
    download,
    activate,
  };
}
