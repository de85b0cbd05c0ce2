;; C = A·B in float32 with WebAssembly SIMD, for the large products of dense layers.
;;
;; A [n×k], B [k×m] and C [n×m] are row-major f32 matrices at byte addresses $a, $b, $c of
;; this module's memory. n must be a multiple of 4 and m of 8 (the caller pads with zeros).
;; C is computed in 4×8 tiles held in eight f32x4 accumulators: each step along k loads two
;; vectors of a row of B and broadcasts one value from each of four rows of A, for 32
;; multiply-adds. Plain mul + add (no fused multiply-add) so that every engine computes the
;; same bits.
;;
;; The memory is the caller's (gemm.ts): when a product needs more, it makes a larger memory
;; and a new instance rather than growing this one, because growing detaches the old
;; buffer, and one detached buffer makes V8 check for detachment in every typed-array loop
;; of the process from then on (about 40% slower elementwise loops).
(module
  (import "env" "memory" (memory 1))
  (func (export "gemm")
    (param $a i32) (param $b i32) (param $c i32) (param $n i32) (param $k i32) (param $m i32)
    (local $rowA i32) (local $rowB i32) (local $i i32) (local $j i32) (local $t i32)
    (local $pa0 i32) (local $pa1 i32) (local $pa2 i32) (local $pa3 i32) (local $pb i32) (local $pc i32)
    (local $b0 v128) (local $b1 v128) (local $x v128)
    (local $c00 v128) (local $c01 v128)
    (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128)
    (local $c30 v128) (local $c31 v128)
    (local.set $rowA (i32.shl (local.get $k) (i32.const 2)))
    (local.set $rowB (i32.shl (local.get $m) (i32.const 2)))
    (local.set $i (i32.const 0))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $j (i32.const 0))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.ge_u (local.get $j) (local.get $m)))
            (local.set $c00 (v128.const i32x4 0 0 0 0))
            (local.set $c01 (v128.const i32x4 0 0 0 0))
            (local.set $c10 (v128.const i32x4 0 0 0 0))
            (local.set $c11 (v128.const i32x4 0 0 0 0))
            (local.set $c20 (v128.const i32x4 0 0 0 0))
            (local.set $c21 (v128.const i32x4 0 0 0 0))
            (local.set $c30 (v128.const i32x4 0 0 0 0))
            (local.set $c31 (v128.const i32x4 0 0 0 0))
            (local.set $pa0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rowA))))
            (local.set $pa1 (i32.add (local.get $pa0) (local.get $rowA)))
            (local.set $pa2 (i32.add (local.get $pa1) (local.get $rowA)))
            (local.set $pa3 (i32.add (local.get $pa2) (local.get $rowA)))
            (local.set $pb (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
            (local.set $t (local.get $k))
            (block $inner_done
              (loop $inner
                (br_if $inner_done (i32.eqz (local.get $t)))
                (local.set $b0 (v128.load (local.get $pb)))
                (local.set $b1 (v128.load offset=16 (local.get $pb)))
                (local.set $x (v128.load32_splat (local.get $pa0)))
                (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
                (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
                (local.set $pa0 (i32.add (local.get $pa0) (i32.const 4)))
                (local.set $x (v128.load32_splat (local.get $pa1)))
                (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
                (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
                (local.set $pa1 (i32.add (local.get $pa1) (i32.const 4)))
                (local.set $x (v128.load32_splat (local.get $pa2)))
                (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
                (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $b1))))
                (local.set $pa2 (i32.add (local.get $pa2) (i32.const 4)))
                (local.set $x (v128.load32_splat (local.get $pa3)))
                (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $x) (local.get $b0))))
                (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $x) (local.get $b1))))
                (local.set $pa3 (i32.add (local.get $pa3) (i32.const 4)))
                (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
                (local.set $t (i32.sub (local.get $t) (i32.const 1)))
                (br $inner)))
            (local.set $pc
              (i32.add (local.get $c)
                (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 2))))
            (v128.store (local.get $pc) (local.get $c00))
            (v128.store offset=16 (local.get $pc) (local.get $c01))
            (local.set $pc (i32.add (local.get $pc) (local.get $rowB)))
            (v128.store (local.get $pc) (local.get $c10))
            (v128.store offset=16 (local.get $pc) (local.get $c11))
            (local.set $pc (i32.add (local.get $pc) (local.get $rowB)))
            (v128.store (local.get $pc) (local.get $c20))
            (v128.store offset=16 (local.get $pc) (local.get $c21))
            (local.set $pc (i32.add (local.get $pc) (local.get $rowB)))
            (v128.store (local.get $pc) (local.get $c30))
            (v128.store offset=16 (local.get $pc) (local.get $c31))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $rows)))))
