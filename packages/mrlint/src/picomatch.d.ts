// picomatch 4 ships no type declarations; this covers the part mrlint uses.
declare module "picomatch" {
  interface PicomatchOptions {
    dot?: boolean;
    basename?: boolean;
    nocase?: boolean;
    windows?: boolean;
  }
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
  }
  type Matcher = (test: string) => boolean;
  interface Picomatch {
    (glob: string | string[], options?: PicomatchOptions): Matcher;
    scan(input: string, options?: PicomatchOptions): ScanResult;
    isMatch(str: string, patterns: string | string[], options?: PicomatchOptions): boolean;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
