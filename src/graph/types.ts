/**
 * The instruction graph: stages, the instructions in each, how stages depend on one another,
 * and what every instruction means once variables are resolved. Rules read only this.
 */
import type { ParsedDockerfile, Problem, RawInstruction } from '../parse/dockerfile.js';
import type { MappedText } from '../parse/mapped-text.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import type { Flag } from '../parse/words.js';
import type { ImageRef } from './image-ref.js';
import type { Memoizable } from './memo.js';

export interface Graph extends Memoizable {
  readonly file: ParsedDockerfile;
  /** ARGs declared before the first FROM. */
  readonly globalArgs: readonly ArgNode[];
  readonly stages: readonly Stage[];
  /** Every instruction, in file order. */
  readonly nodes: readonly Node[];
  /** The stage `docker build` produces by default: the last one. */
  readonly finalStage: Stage | null;
  /** Syntax and structure problems (unknown instruction, missing FROM, ...). */
  readonly problems: readonly Problem[];
}

export type Base =
  | { readonly kind: 'image'; readonly ref: ImageRef; readonly viaArgs: readonly string[] }
  | { readonly kind: 'stage'; readonly stage: Stage }
  | { readonly kind: 'scratch' }
  /** The image name depends on a variable with no value (a build argument). */
  | { readonly kind: 'unresolved'; readonly text: string; readonly missing: readonly string[] };

export interface Stage {
  readonly index: number;
  /** Lower-cased `AS` name, or null. */
  readonly name: string | null;
  readonly from: FromNode;
  readonly base: Base;
  /** Instructions after FROM, up to the next FROM. */
  readonly nodes: readonly Node[];
  /** Stages this one needs built first (its base stage, `COPY --from`, `RUN --mount from=`). */
  readonly dependsOn: readonly Stage[];
  /** Its layers are part of the final image (the final stage and the stages it is built FROM). */
  readonly inFinalImage: boolean;
  /** Built when the final image is built. */
  readonly neededForFinal: boolean;
  /** The shell RUN uses: a POSIX shell, or another (cmd, PowerShell) whose bodies are not parsed. */
  readonly shell: 'posix' | 'other';
}

/** A stage's name for messages: its `AS` name or its index. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

interface NodeBase extends Memoizable {
  readonly keyword: string;
  readonly raw: RawInstruction;
  /** Position in the file, from 0. */
  readonly index: number;
  /** Null for ARGs before the first FROM. */
  readonly stage: Stage | null;
  /** Arguments after the flags. */
  readonly args: MappedText;
  readonly flags: readonly Flag[];
  /** RUN, COPY and ADD add a layer; the others change only the image config. */
  readonly createsLayer: boolean;
  /** The working directory in effect (WORKDIR, inherited from the base stage; `/` by default). */
  readonly workdir: string;
  /** Variables the instruction refers to where Docker substitutes them (not RUN, CMD, ...). */
  readonly references: readonly VariableUse[];
}

export interface VariableUse {
  readonly name: string;
  /** Source offsets of the whole reference (`${NAME:-x}`). */
  readonly start: number;
  readonly end: number;
  /** Written with a default or alternative (`${NAME:-x}`, `${NAME:+x}`, `${NAME?}`). */
  readonly guarded: boolean;
  /** What the scope knew at this line: a value, an ARG declared without one, or nothing. */
  readonly state: 'set' | 'empty' | 'undeclared';
}

export interface FromNode extends NodeBase {
  readonly kind: 'from';
  /** The image word as written. */
  readonly image: string;
  readonly alias: string | null;
  readonly platform: string | null;
}

export interface Mount {
  readonly type: string;
  readonly target: string | null;
  readonly from: string | null;
  readonly source: string | null;
}

export interface RunNode extends NodeBase {
  readonly kind: 'run';
  /** JSON exec form, or null for the shell form. */
  readonly exec: readonly string[] | null;
  /** The script the shell runs (shell form, heredocs included), or null. */
  readonly script: MappedText | null;
  /** Simple commands with source offsets; empty when the script could not be read as POSIX shell. */
  readonly commands: readonly ShellCommand[];
  /**
   * The script read as shell without a syntax error, so `commands` is all of it. Fixes that add
   * a command to the script need this: after a line the shell cannot parse, the added command
   * might never run, or be read as part of a template's markup.
   */
  readonly complete: boolean;
  readonly mounts: readonly Mount[];
  /** ARG and ENV values the commands see in their environment. */
  readonly vars: ReadonlyMap<string, string>;
}

export interface CopySource {
  /** After variable expansion and quote removal. */
  readonly value: string;
  /** Source offsets. */
  readonly start: number;
  readonly end: number;
  /** Inline content from a heredoc (`COPY <<EOF /file`). */
  readonly heredoc: boolean;
}

export interface CopyNode extends NodeBase {
  readonly kind: 'copy';
  /** COPY or ADD. */
  readonly isAdd: boolean;
  readonly sources: readonly CopySource[];
  readonly dest: string;
  /** `--from` value, and the stage it names (null for an image or the build context). */
  readonly from: string | null;
  readonly fromStage: Stage | null;
  readonly exec: boolean;
}

export interface Variable {
  readonly name: string;
  /** Value after expansion; null when declared without one. */
  readonly value: string | null;
  readonly start: number;
  readonly end: number;
}

export interface ArgNode extends NodeBase {
  readonly kind: 'arg';
  readonly vars: readonly Variable[];
}

export interface EnvNode extends NodeBase {
  readonly kind: 'env' | 'label';
  readonly vars: readonly Variable[];
  readonly legacy: boolean;
}

export interface CommandNode extends NodeBase {
  readonly kind: 'cmd' | 'entrypoint' | 'shell';
  readonly exec: readonly string[] | null;
}

export interface OnbuildNode extends NodeBase {
  readonly kind: 'onbuild';
  readonly triggerKeyword: string;
}

export interface OtherNode extends NodeBase {
  /** WORKDIR, USER, EXPOSE, VOLUME, HEALTHCHECK, STOPSIGNAL, MAINTAINER, or unknown. */
  readonly kind: 'other';
  /** Arguments after variable expansion (for the instructions Docker expands). */
  readonly value: string;
}

export type Node = FromNode | RunNode | CopyNode | ArgNode | EnvNode | CommandNode | OnbuildNode | OtherNode;
