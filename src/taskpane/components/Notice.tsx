/**
 * A message in the pane: a title in bold, then what the user should know. One shape for every error and
 * outcome, so they read alike (Fluent UI v9 MessageBar, multiline so long text wraps at 320 px).
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

interface Props {
  readonly intent: MessageBarIntent;
  readonly title?: string;
  readonly children?: ReactNode;
}

export function Notice({ intent, title, children }: Props) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {title && children ? " " : null}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
